import { graphql } from '../../../gql';

export const reviewReportsQuery = graphql(`
  query ReviewReports($first: Int, $after: String) {
    reviewReports(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        node {
          id
          title
          status
          visibility
          updatedAt
          election {
            id
            name
          }
          coAuthors {
            id
            name
          }
        }
      }
    }
  }
`);
