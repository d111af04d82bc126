import { graphql } from '../../../gql';

export const escalationQuery = graphql(`
  query Escalation($electionId: ID!) {
    election(id: $electionId) {
      id
      name
      phase
    }
    escalation(electionId: $electionId) {
      contactTimeZone
      contactLocalTime
      viewerTimeZone
      viewerLocalTime
      preferredChannel {
        kind
        value
      }
      contact {
        id
        name
        title
        availability
        verificationStatus
        languages
        organization {
          id
          name
        }
      }
    }
  }
`);
