import { graphql } from '../../../gql';

export const consultationQuery = graphql(`
  query Consultation($id: ID!, $filter: BriefFilter) {
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
      briefs(first: 20, filter: $filter) {
        totalCount
        edges {
          node {
            id
            title
            summary
            status
            riskLevel
            topics
            submittedAt
            attribution
            submitter {
              id
              viewerRole
            }
          }
        }
      }
    }
  }
`);
