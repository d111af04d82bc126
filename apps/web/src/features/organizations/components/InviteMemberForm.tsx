import { useMutation } from '@apollo/client/react';
import { LIMITS, MembershipRole } from '@ecw/domain';
import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { fieldError, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { CopyableSecret } from '../../../ui/CopyableSecret';
import { useViewerDateTimeFormat } from '../../../viewer/hooks/useViewerDateTimeFormat';
import { inviteMemberMutation } from '../graphql/invite-member.mutation';
import { pendingInvitationsQuery } from '../graphql/pending-invitations.query';
import { invitationAcceptLink } from '../model/accept-link';
import { useRoleOptions } from '../hooks/useRoleOptions';

const FIELDS = ['email', 'role'] as const;

export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('organizations');
  const formatDateTime = useViewerDateTimeFormat();
  const roleOptions = useRoleOptions();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>(MembershipRole.MEMBER);
  const [invite, { loading, error, data, reset }] = useMutation(inviteMemberMutation, {
    refetchQueries: [pendingInvitationsQuery],
  });
  const problem = readGraphQLProblem(error);
  const invitation = data?.inviteMember;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settleMutation(
      invite({ variables: { input: { organizationId, email: email.trim(), role } } }),
    );
    if (result?.data) setEmail('');
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
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack>
            <ProblemAlert problem={problem} formFields={FIELDS} />
            <TextInput
              label={t('organizations.invite.email')}
              type="email"
              autoComplete="off"
              required
              maxLength={LIMITS.emailMax}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldError(problem, 'email')}
            />
            <Select
              label={t('organizations.invite.role')}
              data={roleOptions}
              value={role}
              allowDeselect={false}
              onChange={(value) =>
                setRole(roleOptions.find((option) => option.value === value)?.value ?? MembershipRole.MEMBER)
              }
              error={fieldError(problem, 'role')}
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
