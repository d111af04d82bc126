import { Alert, List } from '@mantine/core';
import { ErrorCode } from '@ecw/domain';
import { useTranslation } from 'react-i18next';
import type { GraphQLProblem } from './graphql-problem';

interface ProblemAlertProps {
  problem: GraphQLProblem | null;
  /** Fields the form shows beside their inputs; their errors are not repeated here. */
  formFields?: readonly string[];
}

/**
 * Refusals the server explains (a rule, a right, a conflict): the person can act on the message,
 * so the title says the action was refused, not that something broke.
 */
const REFUSALS: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.CONFLICT,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RATE_LIMITED,
]);

/**
 * The one place a failed operation is explained in words: rate limits with their wait,
 * network failures, and the server's message for everything else.
 */
export function ProblemAlert({ problem, formFields = [] }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!problem) return null;

  const unplacedFieldErrors = problem.fieldErrors.filter((entry) => !formFields.includes(entry.field));
  const placedAll =
    problem.code === ErrorCode.BAD_USER_INPUT &&
    problem.fieldErrors.length > 0 &&
    unplacedFieldErrors.length === 0;
  if (placedAll) return null;

  let message: string;
  if (problem.code === ErrorCode.RATE_LIMITED) {
    message =
      problem.retryAfterSeconds === null
        ? t('common.errors.rateLimited')
        : t('common.errors.rateLimitedRetry', { count: problem.retryAfterSeconds });
  } else if (problem.code === null) {
    message = t('common.errors.network');
  } else {
    message = problem.message || t('common.errors.unknown');
  }

  return (
    <Alert
      color="red"
      variant="light"
      title={
        problem.code !== null && REFUSALS.has(problem.code)
          ? t('common.errors.refusedTitle')
          : t('common.errors.title')
      }
      role="alert"
    >
      {message}
      {unplacedFieldErrors.length > 0 && (
        <List size="sm" mt="xs">
          {unplacedFieldErrors.map((entry) => (
            <List.Item key={`${entry.field}:${entry.message}`}>{entry.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
