import { graphql } from '../../../gql';

/** A brief's own fields, to carry on writing it in the editor. */
export const editableBriefQuery = graphql(`
  query EditableBrief($id: ID!) {
    contextBrief(id: $id) {
      id
      status
      title
      summary
      body
      topics
      regions
      languages
      riskLevel
      submitter {
        id
        viewerRole
      }
      answers {
        question {
          id
        }
        text
      }
      consultation {
        id
      }
    }
  }
`);
