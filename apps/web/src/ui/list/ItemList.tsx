import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/** A list of cards (directory entries, notifications): a real `<ul>`, named for screen readers. */
export function ItemList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {children}
    </Stack>
  );
}
