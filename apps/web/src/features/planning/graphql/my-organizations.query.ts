import { graphql } from '../../../gql';

export const myOrganizationsQuery = graphql(`
  query MyPlanningOrganizations {
    me {
      timeZone
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
`);
