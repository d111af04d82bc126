import { graphql } from '../../../gql';

/** Returns every field the registry shows, so the card (and its history) updates from the cache. */
export const updateContactPointMutation = graphql(`
  mutation UpdateContactPoint($input: UpdateContactPointInput!) {
    updateContactPoint(input: $input) {
      id
      name
      title
      escalationTier
      verificationStatus
      lastVerifiedAt
      timeZone
      availability
      languages
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
`);
