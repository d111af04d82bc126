import { type FormattedExecutionResult } from 'graphql';
import { type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';
import { type AllowedAttempt, type Case, type Operation, type RefusedAttempt } from './case.js';
import { type Stage } from './stage.js';

const ROOT_FIELDS = `{ __schema {
  queryType { fields { name } }
  mutationType { fields { name } }
  subscriptionType { fields { name } }
} }`;

type RootType = { fields: { name: string }[] } | null;

/** Every root field the running API serves, as `Query.me`, `Mutation.signUp`, `Subscription.notificationAdded`. */
export async function liveRootFields(t: TestApi): Promise<string[]> {
  const { __schema: schema } = await t
    .client()
    .ok<{ __schema: Record<'queryType' | 'mutationType' | 'subscriptionType', RootType> }>(ROOT_FIELDS);
  const named = (root: string, type: RootType) =>
    (type?.fields ?? []).map((field) => `${root}.${field.name}`);
  return [
    ...named('Query', schema.queryType),
    ...named('Mutation', schema.mutationType),
    ...named('Subscription', schema.subscriptionType),
  ];
}

export async function expectAllowed(
  stage: Stage,
  rootField: string,
  testCase: Case<AllowedAttempt>,
): Promise<void> {
  const attempt = await testCase.arrange(stage);
  const { result, value } = await perform(stage, rootField, testCase, attempt);
  expect(result.errors ?? []).toEqual([]);
  expect(value).not.toBeUndefined();
  await attempt.expect(value);
}

export async function expectRefused(
  stage: Stage,
  rootField: string,
  testCase: Case<RefusedAttempt>,
): Promise<void> {
  const attempt = await testCase.arrange(stage);
  const { result, value } = await perform(stage, rootField, testCase, attempt);
  if (typeof attempt.refusal === 'string') {
    expect(errorCodes(result.errors)).toEqual([attempt.refusal]);
    expect(value ?? null).toBeNull();
  } else {
    expect(result.errors ?? []).toEqual([]);
    await attempt.refusal.quietly(value);
  }
}

/** Runs the operation as the case's actor (or its stand-in) and picks the root field's value (null when the whole result is). */
async function perform(stage: Stage, rootField: string, testCase: Case<Operation>, operation: Operation) {
  const session = operation.by ?? stage.session(testCase.as);
  const result: FormattedExecutionResult<Record<string, unknown>, unknown> = operation.overSocket
    ? await overSocket(stage.t.url, session.ws, operation)
    : await session.http.gql(operation.query, operation.variables);
  const field = rootField.slice(rootField.indexOf('.') + 1);
  return { result, value: result.data === undefined ? undefined : (result.data?.[field] ?? null) };
}

async function overSocket(
  url: string,
  credentials: Parameters<typeof openWsClient>[1],
  operation: Operation,
) {
  const socket = openWsClient(url, credentials);
  try {
    await socket.connected;
    const subscription = socket.subscribe(operation.query, operation.variables);
    return await subscription.next(operation.overSocket?.poke ? { poke: operation.overSocket.poke } : {});
  } finally {
    await socket.close();
  }
}
