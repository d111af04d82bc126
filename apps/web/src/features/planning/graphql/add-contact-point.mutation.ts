import { graphql } from '../../../gql';

/** Returns what the registry shows of the new contact, so it joins the registry from the cache. */
export const addContactPointMutation = graphql(`
  mutation AddContactPoint($input: AddContactPointInput!) {
    addContactPoint(input: $input) {
      id
      organization {
        id
      }
      ...ContactCard_contact
    }
  }
`);
