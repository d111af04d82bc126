import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { acceptsInvitations, acceptsOutcome } from '../model/consultation-form';
import { ConvenorActions } from './ConvenorActions';
import { InviteOrganizationsForm } from './InviteOrganizationsForm';
import { PublishOutcomeForm } from './PublishOutcomeForm';

const ConvenorPanelFragment = graphql(`
  fragment ConvenorPanel_consultation on Consultation {
    id
    status
    convenor {
      id
    }
    participants {
      id
    }
    outcome {
      summary
    }
  }
`);

/** What the convenor's members do with a consultation: run its lifecycle, invite, export, publish the outcome. */
export function ConvenorPanel(props: { consultation: FragmentType<typeof ConvenorPanelFragment> }) {
  const consultation = getFragmentData(ConvenorPanelFragment, props.consultation);
  const { t } = useTranslation('consultations');
  return (
    <Card withBorder component="section" aria-labelledby="convenor-panel-title">
      <Stack>
        <Title order={2} id="convenor-panel-title">
          {t('consultations.convenor.title')}
        </Title>
        <ConvenorActions consultationId={consultation.id} status={consultation.status} />
        {acceptsInvitations(consultation.status) && (
          <InviteOrganizationsForm
            consultationId={consultation.id}
            excluded={[consultation.convenor.id, ...consultation.participants.map(({ id }) => id)]}
          />
        )}
        {acceptsOutcome(consultation.status) && (
          <PublishOutcomeForm
            consultationId={consultation.id}
            published={consultation.outcome?.summary ?? null}
          />
        )}
      </Stack>
    </Card>
  );
}
