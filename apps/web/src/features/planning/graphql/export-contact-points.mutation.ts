import { graphql } from '../../../gql';

export const exportContactPointsMutation = graphql(`
  mutation ExportContactPoints($input: ExportContactPointsInput!) {
    exportContactPoints(input: $input) {
      filename
      mimeType
      content
    }
  }
`);
