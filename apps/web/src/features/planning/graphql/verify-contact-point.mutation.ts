import { graphql } from '../../../gql';

export const verifyContactPointMutation = graphql(`
  mutation VerifyContactPoint($id: ID!) {
    verifyContactPoint(id: $id) {
      id
      verificationStatus
      lastVerifiedAt
    }
  }
`);
