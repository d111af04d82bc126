import { graphql } from '../../../gql';

export const relationshipRegistryQuery = graphql(`
  query RelationshipRegistry($id: ID!) {
    relationship(id: $id) {
      id
      status
      staleAfterDays
      requestedBy {
        id
      }
      election {
        id
        name
      }
      organizations {
        id
        name
        viewerRole
      }
      contacts {
        id
        organization {
          id
        }
        ...ContactCard_contact
      }
    }
  }
`);
