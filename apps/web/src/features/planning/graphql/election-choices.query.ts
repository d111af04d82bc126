import { graphql } from '../../../gql';

/** The elections a form's election picker offers: those matching what the user typed, else recent and upcoming ones. */
export const electionChoicesQuery = graphql(`
  query ElectionChoices($filter: ElectionFilter) {
    elections(first: 30, filter: $filter) {
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
