import { useMutation } from '@apollo/client/react';
import type { ConsultationStatus } from '@ecw/domain';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { withdrawBriefMutation } from '../graphql/withdraw-brief.mutation';
import { briefActions, type BriefFacts } from '../model/brief-actions';

interface OwnBriefActionsProps {
  brief: BriefFacts & { id: string };
  consultation: { id: string; status: ConsultationStatus };
}

/** What the brief's own organisation may do with it: carry on writing, edit, or withdraw it. */
export function OwnBriefActions({ brief, consultation }: OwnBriefActionsProps) {
  const { t } = useTranslation('consultations');
  const [withdraw, withdrawing] = useMutation(withdrawBriefMutation);
  const actions = briefActions(brief, consultation.status);
  if (!actions.edit && !actions.continueDraft && !actions.withdraw) return null;
  const editPath = `/consultations/${consultation.id}/briefs/${brief.id}/edit`;

  return (
    <Stack>
      <ProblemAlert problem={readGraphQLProblem(withdrawing.error)} />
      <Group>
        {actions.continueDraft && (
          <Button component={Link} to={editPath}>
            {t('consultations.brief.continueDraft')}
          </Button>
        )}
        {actions.edit && (
          <Button component={Link} to={editPath} variant="default">
            {t('consultations.brief.edit')}
          </Button>
        )}
        {actions.withdraw && (
          <ConfirmButton
            title={t('consultations.brief.withdrawTitle')}
            message={t('consultations.brief.withdrawMessage')}
            confirmLabel={t('consultations.brief.withdrawConfirm')}
            loading={withdrawing.loading}
            // The mutation returns the brief's new status, which the cache gives the page.
            onConfirm={() => settleMutation(withdraw({ variables: { id: brief.id } }))}
          >
            {t('consultations.brief.withdraw')}
          </ConfirmButton>
        )}
      </Group>
    </Stack>
  );
}
