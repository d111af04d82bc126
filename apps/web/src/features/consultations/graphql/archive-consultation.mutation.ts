import { graphql } from '../../../gql';

export const archiveConsultationMutation = graphql(`
  mutation ArchiveConsultation($input: ArchiveConsultationInput!) {
    archiveConsultation(input: $input) {
      id
      status
      viewerCanSubmit
    }
  }
`);
