import { graphql } from '../../../gql';

export const proposeRelationshipMutation = graphql(`
  mutation ProposeRelationship($input: ProposeRelationshipInput!) {
    proposeRelationship(input: $input) {
      id
      status
    }
  }
`);
