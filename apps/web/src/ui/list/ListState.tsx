import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ProblemAlert } from '../../errors/ProblemAlert';
import type { GraphQLProblem } from '../../errors/graphql-problem';
import { PageLoader } from '../PageLoader';

interface ListStateProps {
  /** The query has data to show (possibly an empty list). */
  loaded: boolean;
  loading: boolean;
  /** The query's or a row action's failure, explained above the list. */
  problem: GraphQLProblem | null;
  isEmpty: boolean;
  /** What to say when there is nothing; without it an empty list shows nothing. */
  emptyText?: string;
  children: ReactNode;
}

/**
 * The states every list goes through: loading the first page (a spinner), failed (the
 * problem, in words), empty (a sentence), or the rows. A refetch keeps the rows on screen.
 */
export function ListState({ loaded, loading, problem, isEmpty, emptyText, children }: ListStateProps) {
  let body: ReactNode = null;
  if (!loaded && loading) body = <PageLoader />;
  else if (loaded && isEmpty) body = emptyText ? <Text>{emptyText}</Text> : null;
  else if (loaded) body = children;
  return (
    <>
      <ProblemAlert problem={problem} />
      {body}
    </>
  );
}
