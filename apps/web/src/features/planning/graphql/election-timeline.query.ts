import { graphql } from '../../../gql';

export const electionTimelineQuery = graphql(`
  query ElectionTimeline($id: ID!) {
    election(id: $id) {
      id
      name
      countryCode
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
        conflicts {
          id
        }
      }
    }
  }
`);
