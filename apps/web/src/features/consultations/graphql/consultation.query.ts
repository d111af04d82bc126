import { graphql } from '../../../gql';

export const consultationQuery = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      id
      title
      description
      status
      attributionRule
      briefVisibility
      opensAt
      closesAt
      viewerCanSubmit
      participantCount
      ...ConvenorPanel_consultation
      ...ConvenorForms_consultation
      convenor {
        id
        name
        viewerRole
      }
      questions {
        id
        prompt
        position
      }
      participants {
        id
        name
        viewerRole
      }
      outcome {
        summary
        publishedAt
      }
    }
  }
`);
