import { graphql } from '../../../gql';

export const addRecommendationMutation = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!) {
    addRecommendation(input: $input) {
      id
      text
      status
      dueOn
      owner {
        id
        name
      }
    }
  }
`);

export const updateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      id
      text
      status
      dueOn
      owner {
        id
        name
      }
    }
  }
`);
