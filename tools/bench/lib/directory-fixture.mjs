import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { createSession } from './accounts.mjs';
import {
  PendingError,
  graphqlRequest,
  schemaFeatures,
  startApiProcess,
  startBaselineProcess,
} from './api-process.mjs';
import { BASELINE_DIR } from './paths.mjs';
import { migrate, withClient } from './postgres.mjs';
import { seedDirectory } from '../seed-directory.mjs';

/** The directory query the rows measure: what the web app's directory shows, plus member counts and the viewer's role. */
export const DIRECTORY_QUERY = `query BenchDirectory($first: Int) {
  organizations(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind countryCodes verified viewerRole memberCount } }
  }
}`;

export const PAGE_SIZE = 50;

/** Fields of the contract (plus `memberCount`) the query needs; missing ones mean the feature has not landed. */
export async function assertDirectoryLanded(url, cookie) {
  const features = await schemaFeatures(url, cookie);
  const missing = [
    !features.query.has('organizations') && 'Query.organizations',
    !features.organization.has('viewerRole') && 'Organization.viewerRole',
    !features.organization.has('memberCount') && 'Organization.memberCount',
  ].filter(Boolean);
  if (missing.length) throw new PendingError(`the API has no ${missing.join(', ')} yet`);
}

/** Answers compared without cursors: their encoding is the API's own business. */
function withoutCursors(answer) {
  return JSON.parse(JSON.stringify(answer), (key, value) =>
    key === 'cursor' || key === 'endCursor' ? undefined : value,
  );
}

/** Fetches the directory once from a server and checks it is a real answer. */
export async function fetchDirectory(url, cookie, first = PAGE_SIZE) {
  const { status, body } = await graphqlRequest(url, {
    query: DIRECTORY_QUERY,
    variables: { first },
    cookie,
  });
  if (status !== 200 || body.errors || !body.data?.organizations) {
    throw new Error(
      `${url} answered the directory query with ${status}: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return body;
}

/**
 * A seeded database, the API on it and the baseline server on it, shared by the directory rows.
 * Before anything is measured, both servers must give the same answer (cursors aside): a baseline
 * that does less work would flatter nothing but itself.
 */
export function directoryFixture(ctx) {
  return ctx.once('directory', async (shared) => {
    const database = await ctx.db.createDatabase('directory');
    await migrate(database.url);
    const { seed, cookie } = await withClient(database.url, async (client) => {
      const summary = await seedDirectory(client, {
        organizations: ctx.sizes.directoryOrganizations,
        seed: 42,
      });
      return { seed: summary, cookie: await createSession(client, summary.viewerId, ctx.sessionSecret) };
    });
    ctx.log(
      `directory data: ${seed.organizations} organisations (${seed.visible} visible to the viewer), ${seed.users} users, ${seed.memberships} memberships`,
    );
    const api = await startApiProcess({
      databaseUrl: database.url,
      sessionSecret: ctx.sessionSecret,
      name: 'API (directory)',
      inspect: ctx.profiling,
    });
    shared.onCleanup(() => api.stop());
    await assertDirectoryLanded(api.url, cookie);
    const baseline = await startBaselineProcess(
      'directory baseline',
      join(BASELINE_DIR, 'directory-server.mjs'),
      { DATABASE_URL: database.url, SESSION_SECRET: ctx.sessionSecret },
      { inspect: ctx.profiling },
    );
    shared.onCleanup(() => baseline.stop());
    const [fromApi, fromBaseline] = await Promise.all([
      fetchDirectory(api.url, cookie),
      fetchDirectory(baseline.url, cookie),
    ]);
    if (!isDeepStrictEqual(withoutCursors(fromApi), withoutCursors(fromBaseline))) {
      throw new Error(
        'the API and the baseline answer the directory query differently, so their speeds cannot be compared:\n' +
          `API:      ${JSON.stringify(withoutCursors(fromApi)).slice(0, 600)}\nbaseline: ${JSON.stringify(withoutCursors(fromBaseline)).slice(0, 600)}`,
      );
    }
    const body = JSON.stringify({ query: DIRECTORY_QUERY, variables: { first: PAGE_SIZE } });
    const answerBytes = Buffer.byteLength(JSON.stringify(fromApi));
    return { database, seed, cookie, api, baseline, body, answerBytes };
  });
}

/** Request options both servers get: the same body, the same cookie. */
export function directoryRequest(fixture, url) {
  return {
    url,
    path: '/graphql',
    headers: { 'content-type': 'application/json', cookie: fixture.cookie },
    body: fixture.body,
    concurrency: 16,
  };
}

/** Fails with the server's last output when one of the fixture's processes has died. */
export function assertServersRunning(fixture) {
  for (const server of [fixture.api, fixture.baseline]) {
    if (!server.child.running)
      throw new Error(
        `${server.child.name} exited (${JSON.stringify(server.child.exitInfo)}):\n${server.child.tail()}`,
      );
  }
}
