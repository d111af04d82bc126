import { graphql } from '../../../gql';

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {
    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {
      secret
      apiToken {
        id
        name
        ...ApiTokenList_apiToken
      }
    }
  }
`);
