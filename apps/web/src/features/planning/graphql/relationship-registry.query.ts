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
        name
        title
        escalationTier
        verificationStatus
        lastVerifiedAt
        timeZone
        availability
        languages
        organization {
          id
        }
        channels {
          kind
          value
          preferred
        }
        revisions {
          id
          changedAt
          change
          changedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);
