import { graphql } from '../../../gql';

export const reviewReportQuery = graphql(`
  query ReviewReport($id: ID!) {
    reviewReport(id: $id) {
      id
      title
      status
      visibility
      collabDocument
      updatedAt
      election {
        id
        name
      }
      coAuthors {
        id
        name
      }
      sections {
        id
        title
        position
        leadOrganization {
          id
          name
        }
      }
    }
  }
`);
