import { graphql } from '../../../gql';

export const publishConsultationOutcomeMutation = graphql(`
  mutation PublishConsultationOutcome($consultationId: ID!, $summary: String!) {
    publishConsultationOutcome(consultationId: $consultationId, summary: $summary) {
      id
      outcome {
        summary
        publishedAt
      }
    }
  }
`);
