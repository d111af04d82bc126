import { graphql } from '../../../gql';

export const organizationMembersQuery = graphql(`
  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {
    organization(id: $organizationId) {
      id
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...LoadMoreButton_pageInfo
        }
        edges {
          cursor
          node {
            id
            user {
              id
            }
            ...MemberRow_membership
          }
        }
      }
    }
  }
`);
