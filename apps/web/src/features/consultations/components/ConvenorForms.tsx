import { Card, Stack } from '@mantine/core';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { acceptsInvitations, acceptsOutcome } from '../model/consultation-form';
import { InviteOrganizationsForm } from './InviteOrganizationsForm';
import { PublishOutcomeForm } from './PublishOutcomeForm';

const ConvenorFormsFragment = graphql(`
  fragment ConvenorForms_consultation on Consultation {
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

/** What the convenor writes at the foot of the page, once the briefs are read: invitations and the outcome. */
export function ConvenorForms(props: { consultation: FragmentType<typeof ConvenorFormsFragment> }) {
  const consultation = getFragmentData(ConvenorFormsFragment, props.consultation);
  const invites = acceptsInvitations(consultation.status);
  const publishes = acceptsOutcome(consultation.status);
  if (!invites && !publishes) return null;
  return (
    <Card withBorder>
      <Stack>
        {invites && (
          <InviteOrganizationsForm
            consultationId={consultation.id}
            excluded={[consultation.convenor.id, ...consultation.participants.map(({ id }) => id)]}
          />
        )}
        {publishes && (
          <PublishOutcomeForm
            consultationId={consultation.id}
            published={consultation.outcome?.summary ?? null}
          />
        )}
      </Stack>
    </Card>
  );
}
