import { graphql } from '../../../gql';

export const sendEmailConfirmationMutation = graphql(`
  mutation SendEmailConfirmation {
    sendEmailConfirmation
  }
`);
