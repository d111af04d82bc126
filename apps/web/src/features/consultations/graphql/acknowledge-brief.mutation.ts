import { graphql } from '../../../gql';

export const acknowledgeBriefMutation = graphql(`
  mutation AcknowledgeBrief($id: ID!) {
    acknowledgeBrief(id: $id) {
      id
      status
    }
  }
`);
