import { graphql } from '../../../gql';

export const electionsQuery = graphql(`
  query Elections($first: Int, $after: String, $filter: ElectionFilter) {
    elections(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        node {
          id
          name
          countryCode
          electionDay
          timeZone
          phase
        }
      }
    }
  }
`);
