import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { Alert, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageLoader } from '../../../ui/PageLoader';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { acceptInvitationMutation } from '../graphql/accept-invitation.mutation';
import { invitationPreviewQuery } from '../graphql/invitation-preview.query';
import { RoleLabel } from './RoleLabel';

export function InvitationPreviewCard({ token, viewerEmail }: { token: string; viewerEmail: string }) {
  const { t } = useTranslation('organizations');
  const navigate = useNavigate();
  const preview = useQuery(invitationPreviewQuery, { variables: { token }, errorPolicy: 'all' });
  // The new membership shows up in the viewer's own list of organisations.
  const [accept, accepting] = useMutation(acceptInvitationMutation, {
    refetchQueries: [viewerQuery],
    awaitRefetchQueries: true,
  });
  const previewProblem = readGraphQLProblem(preview.error);

  if (preview.loading && !preview.data) return <PageLoader />;
  const invitation = preview.data?.invitation;
  if (!invitation) {
    // Unknown, expired and already used look the same: the token reveals nothing.
    return previewProblem && previewProblem.code !== ErrorCode.NOT_FOUND ? (
      <ProblemAlert problem={previewProblem} />
    ) : (
      <Alert color="red" variant="light" role="alert">
        {t('organizations.accept.invalid')}
      </Alert>
    );
  }

  const acceptInvitation = async () => {
    const result = await settleMutation(accept({ variables: { token } }));
    const membership = result?.data?.acceptInvitation;
    if (membership) await navigate(`/organizations/${membership.organization.id}`, { replace: true });
  };

  const otherAddress = invitation.email.toLowerCase() !== viewerEmail.toLowerCase();

  return (
    <Paper withBorder p="lg">
      <Stack>
        <Text size="lg">{t('organizations.accept.intro', { name: invitation.organizationName })}</Text>
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w={180}>
                {t('organizations.accept.organization')}
              </Table.Th>
              <Table.Td>{invitation.organizationName}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('organizations.accept.role')}</Table.Th>
              <Table.Td>
                <RoleLabel role={invitation.role} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('organizations.accept.email')}</Table.Th>
              <Table.Td dir="ltr">{invitation.email}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('organizations.accept.expires')}</Table.Th>
              <Table.Td>
                <DateTimeText value={invitation.expiresAt} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {otherAddress && (
          <Alert color="indigo" variant="light">
            {t('organizations.accept.otherAddress', { invited: invitation.email, current: viewerEmail })}
          </Alert>
        )}
        <ProblemAlert problem={readGraphQLProblem(accepting.error)} />
        <Button onClick={() => void acceptInvitation()} loading={accepting.loading} w="fit-content">
          {t('organizations.accept.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
