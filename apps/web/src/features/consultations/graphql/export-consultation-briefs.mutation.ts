import { graphql } from '../../../gql';

export const exportConsultationBriefsMutation = graphql(`
  mutation ExportConsultationBriefs($input: ExportConsultationBriefsInput!) {
    exportConsultationBriefs(input: $input) {
      filename
      contentType
      content
    }
  }
`);
