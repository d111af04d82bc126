import { graphql } from '../../../gql';

/** The directory, searched by name, for a co-author to add to a report. */
export const coAuthorCandidatesQuery = graphql(`
  query CoAuthorCandidates($filter: OrganizationFilter) {
    organizations(first: 20, filter: $filter) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
