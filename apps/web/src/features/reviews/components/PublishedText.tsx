import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from '../../consultations/components/MarkdownText';

/**
 * A published report as a reader outside its co-authors reads it: the signed version's Markdown,
 * from GraphQL. The live document is the co-authors' draft, which the server does not open to them.
 */
export function PublishedText({ version }: { version: { label: string; markdown: string } }) {
  const { t } = useTranslation('reviews');
  return (
    <Card withBorder component="article" data-testid="review-published-text">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('reviews.report.publishedVersion', { label: version.label })}
        </Text>
        <MarkdownText markdown={version.markdown} />
      </Stack>
    </Card>
  );
}
