import { graphql } from '../../../gql';

export const contactPointChangedSubscription = graphql(`
  subscription ContactPointChanged($relationshipId: ID!) {
    contactPointChanged(relationshipId: $relationshipId) {
      kind
      contactPointId
    }
  }
`);
