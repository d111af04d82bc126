import { graphql } from '../../../gql';

export const openConsultationMutation = graphql(`
  mutation OpenConsultation($id: ID!) {
    openConsultation(id: $id) {
      id
      status
      viewerCanSubmit
    }
  }
`);
