import { graphql } from '../../../gql';

export const organizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      ...OrganizationPage_organization
    }
  }
`);
