import { graphql } from '../../../gql';

export const createCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      id
      url
    }
  }
`);
