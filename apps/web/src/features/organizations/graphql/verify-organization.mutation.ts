import { graphql } from '../../../gql';

export const verifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      id
      verified
    }
  }
`);
