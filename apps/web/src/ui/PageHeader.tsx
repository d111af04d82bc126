import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from './usePageTitle';

interface PageHeaderProps {
  title: string;
  /** Buttons or badges shown beside the heading. */
  children?: ReactNode;
}

/** The screen's one h1, also used as the document title. */
export function PageHeader({ title, children }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="center" mb="lg" wrap="wrap" gap="sm">
      {/* A long word in a title (an organisation's name) wraps instead of widening a phone's page. */}
      <Title order={1} miw={0} style={{ overflowWrap: 'break-word' }}>
        {title}
      </Title>
      {children && <Group gap="sm">{children}</Group>}
    </Group>
  );
}
