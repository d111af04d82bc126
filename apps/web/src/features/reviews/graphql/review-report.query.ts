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
      versions {
        id
        label
        contentHash
        createdAt
        markdown
        sections {
          id
          title
        }
        createdBy {
          id
          displayName
        }
      }
      signOffs {
        signedAt
        organization {
          id
          name
        }
        user {
          id
          displayName
        }
        version {
          id
          label
        }
      }
      recommendations {
        id
        text
        status
        dueOn
        owner {
          id
          name
        }
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
