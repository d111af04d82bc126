import { graphql } from '../../../gql';

/** What the new-consultation form offers: the viewer's organisations and time zone (ElectionSelect finds the elections). */
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
  }
`);
