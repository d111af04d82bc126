import { graphql } from '../../../gql';

/**
 * A page of a consultation's briefs, as the viewer may see them, narrowed by the reader's filter: the
 * consultation page's list, apart from the consultation itself so that a filter, "Load more" or a
 * live event reads the briefs alone.
 */
export const consultationBriefsQuery = graphql(`
  query ConsultationBriefs($id: ID!, $filter: BriefFilter, $first: Int, $after: String) {
    consultation(id: $id) {
      id
      briefs(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          ...LoadMoreButton_pageInfo
        }
        edges {
          cursor
          node {
            id
            title
            summary
            status
            riskLevel
            topics
            submittedAt
            attribution
            submitter {
              id
              viewerRole
            }
          }
        }
      }
    }
  }
`);
