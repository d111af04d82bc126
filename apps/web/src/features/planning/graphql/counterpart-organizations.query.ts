import { graphql } from '../../../gql';

export const counterpartOrganizationsQuery = graphql(`
  query CounterpartOrganizations($first: Int, $filter: OrganizationFilter) {
    organizations(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          verified
        }
      }
    }
  }
`);
