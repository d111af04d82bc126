import { graphql } from '../../../gql';

export const relationshipsQuery = graphql(`
  query Relationships($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      viewerRole
    }
    relationships(organizationId: $organizationId) {
      id
      status
      createdAt
      requestedBy {
        id
      }
      organizations {
        id
        name
      }
      election {
        id
        name
      }
    }
  }
`);
