import { graphql } from '../../../gql';

export const acceptRelationshipMutation = graphql(`
  mutation AcceptRelationship($id: ID!) {
    acceptRelationship(id: $id) {
      id
      status
    }
  }
`);

export const endRelationshipMutation = graphql(`
  mutation EndRelationship($id: ID!) {
    endRelationship(id: $id) {
      id
      status
    }
  }
`);
