import { graphql } from '../../../gql';

export const submitBriefMutation = graphql(`
  mutation SubmitBrief($id: ID!) {
    submitBrief(id: $id) {
      id
      status
      submittedAt
    }
  }
`);
