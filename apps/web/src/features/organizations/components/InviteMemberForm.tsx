import { useMutation } from '@apollo/client/react';
import { LIMITS, MembershipRole } from '@ecw/domain';
import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { useViewerDateTimeFormat } from '../../../viewer/hooks/useViewerDateTimeFormat';
import { inviteMemberMutation } from '../graphql/invite-member.mutation';
import { pendingInvitationsQuery } from '../graphql/pending-invitations.query';
import { invitationAcceptLink } from '../model/accept-link';
import { useRoleOptions } from '../hooks/useRoleOptions';

export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const formatDateTime = useViewerDateTimeFormat();
  const roleOptions = useRoleOptions();
  const [invite, { loading, error, data, reset }] = useMutation(inviteMemberMutation, {
    refetchQueries: [pendingInvitationsQuery],
  });
  const problem = readGraphQLProblem(error);
  const invitation = data?.inviteMember;
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { email: '', role: MembershipRole.MEMBER } },
    problem,
  );

  const submit = async ({ email, role }: typeof form.values) => {
    const result = await settleMutation(
      invite({ variables: { input: { organizationId, email: email.trim(), role } } }),
    );
    if (result?.data) form.reset();
  };

  return (
    <Stack component="section" aria-labelledby="invite-heading" maw={640}>
      <Title order={2} size="h3" id="invite-heading">
        {t('organizations.invite.title')}
      </Title>
      {invitation ? (
        // The accept token is returned only now; the pending list never shows it again.
        <Stack>
          <Alert
            color="red"
            variant="light"
            role="status"
            title={t('organizations.invite.createdTitle', { email: invitation.email })}
          >
            {t('organizations.invite.createdBody', { expiresAt: formatDateTime(invitation.expiresAt) })}
          </Alert>
          <CopyableSecret
            label={t('organizations.invite.linkLabel')}
            value={invitationAcceptLink(invitation.acceptToken)}
          />
          <Button variant="default" onClick={reset} w="fit-content">
            {t('organizations.invite.another')}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={placedFields} />
            <TextInput
              label={t('organizations.invite.email')}
              type="email"
              autoComplete="off"
              required
              maxLength={LIMITS.emailMax}
              {...inputProps('email')}
            />
            <Select
              label={t('organizations.invite.role')}
              data={roleOptions}
              {...inputProps('role')}
              allowDeselect={false}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('organizations.invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
