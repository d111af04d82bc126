import { graphql } from '../../../gql';

/** A page of a brief's comments, oldest first: the brief page's discussion, read apart from the brief. */
export const briefCommentsQuery = graphql(`
  query BriefComments($id: ID!, $first: Int, $after: String) {
    contextBrief(id: $id) {
      id
      comments(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...LoadMoreButton_pageInfo
        }
        edges {
          cursor
          node {
            id
            body
            createdAt
            attribution
            author {
              id
            }
          }
        }
      }
    }
  }
`);
