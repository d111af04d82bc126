import { graphql } from '../../../gql';

export const auditLogQuery = graphql(`
  query AuditLog($organizationId: ID!, $first: Int, $after: String) {
    auditLog(organizationId: $organizationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        cursor
        node {
          id
          ...AuditLogTab_auditEvent
        }
      }
    }
  }
`);
