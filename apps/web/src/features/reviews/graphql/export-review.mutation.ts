import { graphql } from '../../../gql';

export const exportReviewReportMutation = graphql(`
  mutation ExportReviewReport($input: ExportReviewReportInput!) {
    exportReviewReport(input: $input) {
      content
      contentType
      filename
    }
  }
`);
