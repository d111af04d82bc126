import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RemovedSection } from '../model/removed-sections';

/** Sections removed from the report, each with a button that brings it back from its newest version. */
export function RemovedSections({
  sections,
  busy,
  onRestore,
}: {
  sections: readonly RemovedSection[];
  busy: boolean;
  onRestore: (section: RemovedSection) => void;
}) {
  const { t } = useTranslation('reviews');
  return (
    <Stack gap="xs" data-testid="review-removed-sections">
      <Title order={3} size="h4">
        {t('reviews.versions.removed.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('reviews.versions.removed.hint')}
      </Text>
      {sections.map((section) => (
        <Group key={section.id} justify="space-between" wrap="wrap">
          <Text size="sm">
            {t('reviews.versions.removed.frozenIn', { title: section.title, version: section.versionLabel })}
          </Text>
          <Button
            size="xs"
            variant="light"
            loading={busy}
            aria-label={t('reviews.versions.removed.restoreNamed', { title: section.title })}
            onClick={() => onRestore(section)}
          >
            {t('reviews.versions.removed.restore')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
