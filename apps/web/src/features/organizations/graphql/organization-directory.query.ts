import { graphql } from '../../../gql';

export const organizationDirectoryQuery = graphql(`
  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        cursor
        node {
          id
          ...DirectoryEntry_organization
        }
      }
    }
  }
`);
