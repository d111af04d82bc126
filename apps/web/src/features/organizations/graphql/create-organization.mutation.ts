import { graphql } from '../../../gql';

export const createOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      ...OrganizationPage_organization
    }
  }
`);
