import { graphql } from '../../../gql';

export const createReviewVersionMutation = graphql(`
  mutation CreateReviewVersion($reportId: ID!, $label: String!) {
    createReviewVersion(reportId: $reportId, label: $label) {
      id
    }
  }
`);

export const requestSignOffMutation = graphql(`
  mutation RequestReviewSignOff($versionId: ID!) {
    requestSignOff(versionId: $versionId) {
      id
      status
    }
  }
`);

export const signOffMutation = graphql(`
  mutation SignReviewVersion($versionId: ID!) {
    signOff(versionId: $versionId) {
      signedAt
    }
  }
`);

export const publishReviewMutation = graphql(`
  mutation PublishReview($reportId: ID!, $visibility: ReviewVisibility!) {
    publishReview(reportId: $reportId, visibility: $visibility) {
      id
      status
      visibility
    }
  }
`);
