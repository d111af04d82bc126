import { graphql } from '../../../gql';

export const createBriefMutation = graphql(`
  mutation CreateBrief($input: CreateBriefInput!) {
    createBrief(input: $input) {
      id
      status
    }
  }
`);
