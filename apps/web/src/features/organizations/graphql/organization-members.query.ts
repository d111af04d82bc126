import { graphql } from '../../../gql';

export const organizationMembersQuery = graphql(`
  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {
    organization(id: $organizationId) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            role
            createdAt
            user {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);
