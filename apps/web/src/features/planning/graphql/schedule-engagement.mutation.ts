import { graphql } from '../../../gql';

export const scheduleEngagementMutation = graphql(`
  mutation ScheduleEngagement($input: ScheduleEngagementInput!) {
    scheduleEngagement(input: $input) {
      id
      title
      conflicts {
        id
      }
    }
  }
`);
