import { graphql } from '../../../gql';

export const removeMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);
