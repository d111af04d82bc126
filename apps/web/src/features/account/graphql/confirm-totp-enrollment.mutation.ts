import { graphql } from '../../../gql';

export const confirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {
    confirmTotpEnrollment(input: $input) {
      codes
    }
  }
`);
