import { graphql } from '../../../gql';

export const auditLogQuery = graphql(`
  query AuditLog($organizationId: ID!, $first: Int, $after: String) {
    auditLog(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          action
          targetType
          targetId
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`);
