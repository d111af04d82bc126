import { graphql } from '../../../gql';

export const withdrawBriefMutation = graphql(`
  mutation WithdrawBrief($id: ID!) {
    withdrawBrief(id: $id) {
      id
      status
    }
  }
`);
