import { graphql } from '../../../gql';

/** What the create form offers: the viewer's organisations, the organisations matching the co-author search (ElectionSelect finds the elections). */
export const reviewFormChoicesQuery = graphql(`
  query ReviewFormChoices($search: String) {
    me {
      memberships {
        id
        role
        organization {
          id
          name
        }
      }
    }
    organizations(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
