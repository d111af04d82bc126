import { graphql } from '../../../gql';

export const changeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      id
      ...MemberRow_membership
    }
  }
`);
