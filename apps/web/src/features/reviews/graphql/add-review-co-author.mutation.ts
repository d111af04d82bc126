import { graphql } from '../../../gql';

// The report's co-authors come back so the page, the sign-off panel and the lead choices update.
export const addReviewCoAuthorMutation = graphql(`
  mutation AddReviewCoAuthor($reportId: ID!, $organizationId: ID!) {
    addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) {
      id
      updatedAt
      coAuthors {
        id
        name
      }
    }
  }
`);
