import { graphql } from '../../../gql';

export const addBriefCommentMutation = graphql(`
  mutation AddBriefComment($briefId: ID!, $body: String!) {
    addBriefComment(briefId: $briefId, body: $body) {
      id
    }
  }
`);
