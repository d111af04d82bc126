import { graphql } from '../../../gql';

export const startTotpEnrollmentMutation = graphql(`
  mutation StartTotpEnrollment {
    startTotpEnrollment {
      secret
      otpauthUri
    }
  }
`);
