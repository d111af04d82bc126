import { useMutation } from '@apollo/client/react';
import { ConsultationStatus } from '@ecw/domain';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { BriefExportFormat } from '../../../gql/graphql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { download } from '../../planning/hooks/useDownload';
import { archiveConsultationMutation } from '../graphql/archive-consultation.mutation';
import { closeConsultationMutation } from '../graphql/close-consultation.mutation';
import { exportConsultationBriefsMutation } from '../graphql/export-consultation-briefs.mutation';
import { openConsultationMutation } from '../graphql/open-consultation.mutation';
import { lifecycleActions, type LifecycleAction } from '../model/consultation-form';

/** The lifecycle buttons the status allows (each asks first), the exports and the dashboard. */
export function ConvenorActions({
  consultationId,
  status,
}: {
  consultationId: string;
  status: ConsultationStatus;
}) {
  const { t } = useTranslation('consultations');
  const [open, opening] = useMutation(openConsultationMutation);
  const [close, closing] = useMutation(closeConsultationMutation);
  const [archive, archiving] = useMutation(archiveConsultationMutation);
  const [exportBriefs, exporting] = useMutation(exportConsultationBriefsMutation);
  const run: Record<LifecycleAction, { go: () => Promise<unknown>; loading: boolean }> = {
    open: { go: () => open({ variables: { id: consultationId } }), loading: opening.loading },
    close: { go: () => close({ variables: { id: consultationId } }), loading: closing.loading },
    archive: {
      go: () => archive({ variables: { input: { id: consultationId } } }),
      loading: archiving.loading,
    },
  };
  const problem = readGraphQLProblem(opening.error ?? closing.error ?? archiving.error ?? exporting.error);

  const saveExport = async (format: BriefExportFormat) => {
    const result = await settleMutation(exportBriefs({ variables: { input: { consultationId, format } } }));
    const file = result?.data?.exportConsultationBriefs;
    if (file) download(file.filename, file.contentType, file.content);
  };

  return (
    <Stack gap="xs">
      <ProblemAlert problem={problem} />
      <Group gap="sm">
        {lifecycleActions(status).map((action) => (
          <ConfirmButton
            key={action}
            color={action === 'open' ? 'teal' : 'red'}
            variant={action === 'open' ? 'filled' : 'light'}
            title={t(`consultations.convenor.${action}.title`)}
            message={t(`consultations.convenor.${action}.message`)}
            confirmLabel={t(`consultations.convenor.${action}.confirm`)}
            loading={run[action].loading}
            onConfirm={() => settleMutation(run[action].go())}
          >
            {t(`consultations.convenor.${action}.button`)}
          </ConfirmButton>
        ))}
      </Group>
      <Group gap="sm">
        <Button component={Link} to={`/consultations/${consultationId}/dashboard`} variant="default">
          {t('consultations.convenor.dashboard')}
        </Button>
        <Button variant="default" loading={exporting.loading} onClick={() => void saveExport('CSV')}>
          {t('consultations.convenor.exportCsv')}
        </Button>
        <Button variant="default" loading={exporting.loading} onClick={() => void saveExport('HTML')}>
          {t('consultations.convenor.exportHtml')}
        </Button>
      </Group>
    </Stack>
  );
}
