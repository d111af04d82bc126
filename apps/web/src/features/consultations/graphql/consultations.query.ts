import { graphql } from '../../../gql';

export const consultationsQuery = graphql(`
  query Consultations($first: Int, $after: String, $filter: ConsultationFilter) {
    consultations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...LoadMoreButton_pageInfo
      }
      edges {
        node {
          id
          title
          status
          attributionRule
          closesAt
          convenor {
            id
            name
          }
        }
      }
    }
  }
`);
