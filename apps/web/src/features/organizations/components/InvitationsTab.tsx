import { Stack } from '@mantine/core';
import { InviteMemberForm } from './InviteMemberForm';
import { PendingInvitationList } from './PendingInvitationList';

export function InvitationsTab({ organizationId }: { organizationId: string }) {
  return (
    <Stack gap="xl">
      <InviteMemberForm organizationId={organizationId} />
      <PendingInvitationList organizationId={organizationId} />
    </Stack>
  );
}
