import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ReviewExportFormat } from '../../../gql/graphql';
import { download } from '../../planning/hooks/useDownload';
import { exportReviewReportMutation } from '../graphql/export-review.mutation';

const FORMATS: ReviewExportFormat[] = ['MARKDOWN', 'HTML'];

/** Downloads a version (the published one once published) as Markdown or printable HTML with its sign-off page. */
export function ExportLinks({
  reportId,
  version,
}: {
  reportId: string;
  version: { id: string; label: string };
}) {
  const { t } = useTranslation('reviews');
  const [exportReport, { loading, error }] = useMutation(exportReviewReportMutation);
  const save = async (format: ReviewExportFormat) => {
    const input = { reportId, versionId: version.id, format };
    const result = await settleMutation(exportReport({ variables: { input } }));
    const file = result?.data?.exportReviewReport;
    if (file) download(file.filename, file.contentType, file.content);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant="default"
            size="xs"
            loading={loading}
            onClick={() => void save(format)}
          >
            {t(`reviews.export.${format}`, { label: version.label })}
          </Button>
        ))}
      </Group>
      <ProblemAlert problem={readGraphQLProblem(error)} />
    </Stack>
  );
}
