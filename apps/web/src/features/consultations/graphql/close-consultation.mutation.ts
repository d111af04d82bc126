import { graphql } from '../../../gql';

export const closeConsultationMutation = graphql(`
  mutation CloseConsultation($id: ID!) {
    closeConsultation(id: $id) {
      id
      status
      viewerCanSubmit
    }
  }
`);
