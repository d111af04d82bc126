import { graphql } from '../../../gql';

export const apiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      expiresAt
      readOnly
    }
  }
`);
