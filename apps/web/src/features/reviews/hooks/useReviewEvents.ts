import { useApolloClient, useSubscription } from '@apollo/client/react';
import { reviewEventsSubscription } from '../graphql/review-events.subscription';
import { reviewReportQuery } from '../graphql/review-report.query';

/**
 * Keeps an open report live: any section, version, sign-off, publication, recommendation or
 * co-author event makes the page read the report again. The event is only a nudge (pub/sub is
 * at-most-once), so the server's answer stays the source of truth.
 */
export function useReviewEvents(reportId: string): void {
  const client = useApolloClient();
  useSubscription(reviewEventsSubscription, {
    variables: { reportId },
    skip: !reportId,
    onData: () => {
      // A failed refetch shows up in the query's own error state.
      client.refetchQueries({ include: [reviewReportQuery] }).catch(() => undefined);
    },
  });
}
