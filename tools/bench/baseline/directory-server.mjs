#!/usr/bin/env node
// Baseline for the organisations-directory rows: the smallest honest server for the same answer.
// node:http + pg, hand-written SQL, no framework. It authenticates the same session cookie the same
// way the API does (keyed hash of the cookie secret; revoked, expired and idle sessions refused;
// last_seen_at refreshed at most once a minute), scopes rows by the same visibility rule in SQL
// (verified, or the viewer is a member, or the viewer is a platform admin), and answers the same JSON
// for the directory query: first N by lower(name), id, with memberCount and viewerRole.
//
// Environment: DATABASE_URL, SESSION_SECRET, SESSION_IDLE_DAYS (default 14). Prints "listening <port>".
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const SESSION_COOKIE = 'ecw_session';
const TOUCH_INTERVAL_MS = 60_000;
const PAGE_SIZE_DEFAULT = 20;
const PAGE_SIZE_MAX = 100;
const idleDays = Number(process.env.SESSION_IDLE_DAYS ?? 14);
const secret = process.env.SESSION_SECRET;
if (!process.env.DATABASE_URL || !secret) throw new Error('DATABASE_URL and SESSION_SECRET are required');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const VIEWER_SQL = `
  SELECT s.id, s.user_id, s.last_seen_at, u.is_platform_admin
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
     AND s.last_seen_at > now() - make_interval(days => $2)`;

// One round trip: the page, each row's viewer role and member count, and the total. The visibility
// predicate is the API's own (visibleOrganizationsSql), so PostgreSQL does the same work for both.
const VISIBLE = `($2 OR o.verified_at IS NOT NULL
    OR EXISTS (SELECT 1 FROM memberships vm WHERE vm.organization_id = o.id AND vm.user_id = $1))`;
const DIRECTORY_SQL = `
  WITH page AS (
    SELECT o.id, o.name, o.kind, o.country_codes, o.verified_at FROM organizations o
     WHERE ${VISIBLE}
     ORDER BY lower(o.name), o.id LIMIT $3
  )
  SELECT p.id, p.name, p.kind, p.country_codes, p.verified_at IS NOT NULL AS verified,
         (SELECT vm.role FROM memberships vm WHERE vm.organization_id = p.id AND vm.user_id = $1) AS viewer_role,
         (SELECT count(*)::int FROM memberships m WHERE m.organization_id = p.id) AS member_count,
         (SELECT count(*)::int FROM organizations o WHERE ${VISIBLE}) AS total_count
    FROM page p
   ORDER BY lower(p.name), p.id`;

function sessionSecretFrom(cookieHeader) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

async function viewerFor(cookieHeader) {
  const cookieSecret = sessionSecretFrom(cookieHeader);
  if (!cookieSecret) return null;
  const tokenHash = createHmac('sha256', secret).update(cookieSecret).digest('base64url');
  const { rows } = await pool.query(VIEWER_SQL, [tokenHash, idleDays]);
  const session = rows[0];
  if (!session) return null;
  if (Date.now() - session.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
    await pool.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [session.id]);
  }
  return { userId: session.user_id, isPlatformAdmin: session.is_platform_admin };
}

const cursorOf = (row) => Buffer.from(JSON.stringify([row.name.toLowerCase(), row.id])).toString('base64url');

async function directory(viewer, first) {
  const { rows } = await pool.query(DIRECTORY_SQL, [viewer.userId, viewer.isPlatformAdmin, first + 1]);
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: cursorOf(row),
    node: {
      id: row.id,
      name: row.name,
      kind: row.kind,
      countryCodes: row.country_codes,
      verified: row.verified,
      viewerRole: row.viewer_role,
      memberCount: row.member_count,
    },
  }));
  return {
    totalCount: rows[0]?.total_count ?? 0,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    edges,
  };
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function handle(req, res) {
  if (req.method !== 'POST' || req.url !== '/graphql')
    return send(res, 404, { errors: [{ message: 'Not found' }] });
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const viewer = await viewerFor(req.headers.cookie);
  if (!viewer)
    return send(res, 200, {
      errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
      data: null,
    });
  const first = variables?.first ?? PAGE_SIZE_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE_MAX) {
    return send(res, 200, {
      errors: [{ message: 'Bad first', extensions: { code: 'BAD_USER_INPUT' } }],
      data: null,
    });
  }
  send(res, 200, { data: { organizations: await directory(viewer, first) } });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal error' }] });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().then(() => process.exit(0));
});
