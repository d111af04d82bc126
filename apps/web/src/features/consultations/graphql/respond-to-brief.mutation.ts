import { graphql } from '../../../gql';

export const respondToBriefMutation = graphql(`
  mutation RespondToBrief($id: ID!, $body: String!) {
    respondToBrief(id: $id, body: $body) {
      id
      status
      response {
        body
        respondedAt
      }
    }
  }
`);
