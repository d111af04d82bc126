import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { readGraphQLProblem } from '../../errors/graphql-problem';
import type { ViewerQuery } from '../../gql/graphql';
import { viewerQuery } from '../graphql/viewer.query';

export type Viewer = NonNullable<ViewerQuery['me']>;

export interface ViewerState {
  /** The signed-in account, or null when signed out. */
  viewer: Viewer | null;
  loading: boolean;
  /** A failure other than "not signed in" (network down, server error). */
  error: unknown;
}

/** Who is signed in. Every screen reads it from the cache; it is fetched once per session. */
export function useViewer(): ViewerState {
  const { data, loading, error } = useQuery(viewerQuery, { errorPolicy: 'all' });
  const signedOut = readGraphQLProblem(error)?.code === ErrorCode.UNAUTHENTICATED;
  return {
    viewer: data?.me ?? null,
    loading: loading && !data,
    error: signedOut ? undefined : error,
  };
}
