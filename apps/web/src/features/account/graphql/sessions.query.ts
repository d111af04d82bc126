import { graphql } from '../../../gql';

export const sessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      ...SessionsList_session
    }
  }
`);
