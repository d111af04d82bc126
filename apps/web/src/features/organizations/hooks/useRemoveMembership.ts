import { useMutation } from '@apollo/client/react';
import { type GraphQLProblem, readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { organizationMembersQuery } from '../graphql/organization-members.query';
import { removeMemberMutation } from '../graphql/remove-member.mutation';

export interface RemoveMembership {
  remove: (membershipId: string) => Promise<boolean>;
  loading: boolean;
  problem: GraphQLProblem | null;
}

/**
 * removeMember serves both removing someone else and leaving (one's own membership).
 * It answers only true/false, so what changed is read again: the member list after a
 * removal, the viewer's own memberships after leaving.
 */
export function useRemoveMembership(purpose: 'remove-member' | 'leave'): RemoveMembership {
  const [removeMember, { loading, error }] = useMutation(removeMemberMutation, {
    refetchQueries: purpose === 'leave' ? [viewerQuery] : [organizationMembersQuery],
    awaitRefetchQueries: true,
  });

  const remove = async (membershipId: string) => {
    const result = await settleMutation(removeMember({ variables: { membershipId } }));
    return Boolean(result?.data?.removeMember);
  };

  return { remove, loading, problem: readGraphQLProblem(error) };
}
