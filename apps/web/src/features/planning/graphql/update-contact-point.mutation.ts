import { graphql } from '../../../gql';

/** Returns every field the card shows, so the card (and its history) updates from the cache. */
export const updateContactPointMutation = graphql(`
  mutation UpdateContactPoint($input: UpdateContactPointInput!) {
    updateContactPoint(input: $input) {
      id
      ...ContactCard_contact
    }
  }
`);
