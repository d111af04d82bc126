import { graphql } from '../../../gql';

export const electionTimelineQuery = graphql(`
  query ElectionTimeline($id: ID!) {
    election(id: $id) {
      id
      name
      countryCode
      type
      electionDay
      timeZone
      phase
      authority {
        id
        name
      }
      milestones {
        id
        kind
        title
        startsOn
        endsOn
      }
      blackoutWindows {
        id
        startsOn
        endsOn
        reason
      }
      engagements {
        id
        kind
        title
        startsAt
        endsAt
        organizations {
          id
          name
        }
        conflicts {
          id
        }
      }
    }
  }
`);
