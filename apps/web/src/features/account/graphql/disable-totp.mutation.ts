import { graphql } from '../../../gql';

export const disableTotpMutation = graphql(`
  mutation DisableTotp($input: DisableTotpInput!) {
    disableTotp(input: $input) {
      mfaEnabled
    }
  }
`);
