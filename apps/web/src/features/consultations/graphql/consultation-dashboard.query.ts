import { graphql } from '../../../gql';

export const consultationDashboardQuery = graphql(`
  query ConsultationDashboard($id: ID!) {
    consultation(id: $id) {
      id
      title
      attributionRule
      dashboard {
        byStatus {
          status
          count
        }
        byTopic {
          topic
          count
        }
        byRiskLevel {
          riskLevel
          count
        }
        unanswered {
          id
          title
          status
          riskLevel
          submittedAt
          attribution
          submitter {
            id
          }
        }
      }
    }
  }
`);
