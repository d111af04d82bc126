import { graphql } from '../../../gql';

export const addReviewSectionMutation = graphql(`
  mutation AddReviewSection($input: AddReviewSectionInput!) {
    addReviewSection(input: $input) {
      id
    }
  }
`);

export const updateReviewSectionMutation = graphql(`
  mutation UpdateReviewSection($input: UpdateReviewSectionInput!) {
    updateReviewSection(input: $input) {
      id
      title
      position
      leadOrganization {
        id
        name
      }
    }
  }
`);

export const removeReviewSectionMutation = graphql(`
  mutation RemoveReviewSection($input: RemoveReviewSectionInput!) {
    removeReviewSection(input: $input) {
      id
    }
  }
`);

export const restoreReviewSectionMutation = graphql(`
  mutation RestoreReviewSection($input: RestoreReviewSectionInput!) {
    restoreReviewSection(input: $input) {
      id
    }
  }
`);
