import { graphql } from '../../../gql';

export const sessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      userAgent
      current
    }
  }
`);
