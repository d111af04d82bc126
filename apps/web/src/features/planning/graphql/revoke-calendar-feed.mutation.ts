import { graphql } from '../../../gql';

export const revokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input)
  }
`);
