import { graphql } from '../../../gql';

/** What the new-consultation form offers: the viewer's organisations and the election calendar. */
export const consultationFormChoicesQuery = graphql(`
  query ConsultationFormChoices {
    me {
      timeZone
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
    elections(first: 100) {
      edges {
        node {
          id
          name
          countryCode
          electionDay
        }
      }
    }
  }
`);
