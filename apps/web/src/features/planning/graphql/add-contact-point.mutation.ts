import { graphql } from '../../../gql';

export const addContactPointMutation = graphql(`
  mutation AddContactPoint($input: AddContactPointInput!) {
    addContactPoint(input: $input) {
      id
    }
  }
`);
