import { graphql } from '../../../gql';

export const createReviewReportMutation = graphql(`
  mutation CreateReviewReport($input: CreateReviewReportInput!) {
    createReviewReport(input: $input) {
      id
      title
    }
  }
`);
