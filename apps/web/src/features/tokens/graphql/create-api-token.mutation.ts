import { graphql } from '../../../gql';

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      secret
      apiToken {
        id
        name
        ...ApiTokenList_apiToken
      }
    }
  }
`);
