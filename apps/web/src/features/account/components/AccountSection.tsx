import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AccountSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled region; screen-reader users can jump between them by landmark or heading. */
export function AccountSection({ id, title, children }: AccountSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="lg">
      <Title order={2} size="h3" id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}
