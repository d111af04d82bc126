import { graphql } from '../../gql';

export const viewerQuery = graphql(`
  query Viewer {
    me {
      email
      locale
      timeZone
      isPlatformAdmin
      mfaEnabled
      emailConfirmed
      user {
        id
        displayName
      }
      memberships {
        id
        role
        organization {
          id
          name
          verified
        }
      }
    }
  }
`);
