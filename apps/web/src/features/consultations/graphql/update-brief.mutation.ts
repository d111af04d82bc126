import { graphql } from '../../../gql';

export const updateBriefMutation = graphql(`
  mutation UpdateBrief($input: UpdateBriefInput!) {
    updateBrief(input: $input) {
      id
      status
    }
  }
`);
