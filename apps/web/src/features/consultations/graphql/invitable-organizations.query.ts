import { graphql } from '../../../gql';

/** The directory, searched by name, for the convenor's invitations. */
export const invitableOrganizationsQuery = graphql(`
  query InvitableOrganizations($first: Int, $filter: OrganizationFilter) {
    organizations(first: $first, filter: $filter) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);
