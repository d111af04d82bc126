import { graphql } from '../../../gql';

export const updateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      id
      ...EditOrganizationForm_organization
    }
  }
`);
