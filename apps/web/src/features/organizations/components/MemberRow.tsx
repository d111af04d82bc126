import { useMutation } from '@apollo/client/react';
import { Badge, Group, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DateTimeText } from '../../../ui/DateTimeText';
import { changeMemberRoleMutation } from '../graphql/change-member-role.mutation';
import type { RemoveMembership } from '../hooks/useRemoveMembership';
import { useRoleOptions } from '../hooks/useRoleOptions';
import { RoleLabel } from './RoleLabel';

/** A member's row; changing the role asks for the same fields, so the row updates in place. */
const MemberRowFragment = graphql(`
  fragment MemberRow_membership on Membership {
    id
    role
    createdAt
    user {
      id
      displayName
    }
  }
`);

interface MemberRowProps {
  membership: FragmentType<typeof MemberRowFragment>;
  isViewer: boolean;
  canManage: boolean;
  removal: RemoveMembership;
}

/**
 * Managers change roles and remove others here. Their own row has neither: leaving is the
 * separate "Leave organisation" action, so nobody demotes or removes themself by a slip.
 */
export function MemberRow({ isViewer, canManage, removal, ...props }: MemberRowProps) {
  const membership = getFragmentData(MemberRowFragment, props.membership);
  const { t } = useTranslation('organizations');
  const roleOptions = useRoleOptions();
  // Returns the membership with its new role, so the cached row updates in place.
  const [changeRole, changing] = useMutation(changeMemberRoleMutation);
  const name = membership.user.displayName;
  const manageable = canManage && !isViewer;

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Group gap="xs">
          {name}
          {isViewer && (
            <Badge color="indigo" variant="light" size="sm">
              {t('organizations.members.you')}
            </Badge>
          )}
        </Group>
      </Table.Th>
      <Table.Td>
        {manageable ? (
          <>
            <Select
              aria-label={t('organizations.members.roleFor', { name })}
              data={roleOptions}
              value={membership.role}
              allowDeselect={false}
              disabled={changing.loading}
              onChange={(value) => {
                const role = roleOptions.find((option) => option.value === value)?.value;
                if (role && role !== membership.role) {
                  void settleMutation(changeRole({ variables: { membershipId: membership.id, role } }));
                }
              }}
              size="xs"
              w={160}
            />
            <ProblemAlert problem={readGraphQLProblem(changing.error)} />
          </>
        ) : (
          <RoleLabel role={membership.role} />
        )}
      </Table.Td>
      <Table.Td>
        <DateTimeText value={membership.createdAt} />
      </Table.Td>
      {canManage && (
        <Table.Td>
          {manageable && (
            <ConfirmButton
              size="xs"
              aria-label={t('organizations.members.removeNamed', { name })}
              title={t('organizations.members.removeTitle')}
              message={t('organizations.members.removeMessage', { name })}
              confirmLabel={t('organizations.members.remove')}
              loading={removal.loading}
              onConfirm={() => removal.remove(membership.id)}
            >
              {t('organizations.members.remove')}
            </ConfirmButton>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
