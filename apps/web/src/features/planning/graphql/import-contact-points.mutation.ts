import { graphql } from '../../../gql';

export const importContactPointsMutation = graphql(`
  mutation ImportContactPoints($input: ImportContactPointsInput!) {
    importContactPoints(input: $input) {
      imported
      valid
      rows {
        line
        name
        problems {
          field
          message
        }
      }
    }
  }
`);
