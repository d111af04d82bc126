import { graphql } from '../../../gql';

/** Carries what the registry shows of a contact, so an event updates the page without reading it again. */
export const contactPointChangedSubscription = graphql(`
  subscription ContactPointChanged($relationshipId: ID!) {
    contactPointChanged(relationshipId: $relationshipId) {
      kind
      contactPointId
      contactPoint {
        id
        organization {
          id
        }
        ...ContactCard_contact
      }
    }
  }
`);
