import { graphql } from '../../../gql';

export const createConsultationMutation = graphql(`
  mutation CreateConsultation($input: CreateConsultationInput!) {
    createConsultation(input: $input) {
      id
    }
  }
`);
