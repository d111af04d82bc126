import { graphql } from '../../../gql';

export const apiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      ...ApiTokenList_apiToken
    }
  }
`);
