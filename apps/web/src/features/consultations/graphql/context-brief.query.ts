import { graphql } from '../../../gql';

export const contextBriefQuery = graphql(`
  query ContextBrief($id: ID!) {
    contextBrief(id: $id) {
      id
      title
      summary
      body
      topics
      regions
      languages
      riskLevel
      status
      submittedAt
      attribution
      viewerCanComment
      submitter {
        id
        viewerRole
      }
      answers {
        question {
          id
          prompt
        }
        text
      }
      response {
        body
        respondedAt
      }
      consultation {
        id
        title
        status
        attributionRule
        convenor {
          id
          viewerRole
        }
      }
    }
  }
`);
