#!/usr/bin/env node
// Baseline for the contact-registry rows: the smallest honest server for the same answers. node:http
// + pg, hand-written SQL. It authenticates the same session cookie the same way the API does, checks
// the viewer belongs to one side of the relationship (else the same null + NOT_FOUND), reads the
// same rows in the same order (strongest tier first, then name), computes the same verification
// status and staleness window, and writes the same two audit entries per registry read. For
// staleContacts it checks membership and runs the same STALE predicate.
//
// Environment: DATABASE_URL, SESSION_SECRET. Prints "listening <port>".
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const SESSION_COOKIE = 'ecw_session';
const secret = process.env.SESSION_SECRET;
if (!process.env.DATABASE_URL || !secret) throw new Error('DATABASE_URL and SESSION_SECRET are required');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const VIEWER_SQL = `SELECT s.id, s.user_id, s.last_seen_at FROM sessions s
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - interval '14 days'`;
const STALE_DAYS = `CASE WHEN e.id IS NOT NULL AND (now() AT TIME ZONE e.time_zone)::date BETWEEN e.period_starts_on AND e.period_ends_on THEN 14 ELSE 90 END`;
const CONTACT_COLUMNS = `c.id, c.name, c.title, c.channels, c.languages, c.time_zone, c.escalation_tier, c.last_verified_at,
  c.updated_at, c.organization_id`;
const REGISTRY_SQL = `
  WITH rel AS (
    SELECT r.id, r.proposer_organization_id, r.recipient_organization_id, ${STALE_DAYS} AS stale_days
      FROM relationships r LEFT JOIN elections e ON e.id = r.election_id
     WHERE r.id = $1 AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $2
                                  AND m.organization_id IN (r.proposer_organization_id, r.recipient_organization_id)))
  SELECT rel.id AS relationship_id, rel.proposer_organization_id, rel.recipient_organization_id, rel.stale_days, ${CONTACT_COLUMNS}
    FROM rel LEFT JOIN LATERAL (
      SELECT * FROM contact_points c WHERE c.relationship_id = rel.id
       ORDER BY array_position(ARRAY['CRITICAL','URGENT','ROUTINE'], c.escalation_tier), lower(c.name), c.id LIMIT 100) c ON true`;
const STALE_SQL = `
  SELECT ${CONTACT_COLUMNS}, ${STALE_DAYS} AS stale_days FROM contact_points c
    JOIN relationships r ON r.id = c.relationship_id LEFT JOIN elections e ON e.id = r.election_id
   WHERE c.organization_id = $1 AND r.status <> 'ENDED' AND c.last_verified_at IS NOT NULL
     AND c.last_verified_at < now() - make_interval(days => ${STALE_DAYS})
   ORDER BY c.last_verified_at, c.id LIMIT 100`;
const AUDIT_SQL = `INSERT INTO audit_events (actor_id, organization_id, action, target_type, target_id, metadata)
  VALUES ($1, $2, 'contacts.read', 'relationship', $3, $4), ($1, $5, 'contacts.read', 'relationship', $3, $4)`;

function cookieSecret(header) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

async function viewerFor(header) {
  const value = cookieSecret(header);
  if (!value) return null;
  const { rows } = await pool.query(VIEWER_SQL, [
    createHmac('sha256', secret).update(value).digest('base64url'),
  ]);
  const session = rows[0];
  if (!session) return null;
  if (Date.now() - session.last_seen_at.getTime() >= 60_000) {
    await pool.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [session.id]);
  }
  return session.user_id;
}

const DAY_MS = 86_400_000;
function contactOf(row, staleDays) {
  const verified = row.last_verified_at;
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    channels: row.channels.map(({ kind, value, preferred }) => ({ kind, value, preferred })),
    languages: row.languages,
    timeZone: row.time_zone,
    escalationTier: row.escalation_tier,
    verificationStatus:
      verified === null
        ? 'UNVERIFIED'
        : Date.now() - verified.getTime() > staleDays * DAY_MS
          ? 'STALE'
          : 'FRESH',
    lastVerifiedAt: verified?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    organization: { id: row.organization_id },
  };
}

async function registry(userId, relationshipId) {
  const { rows } = await pool.query(REGISTRY_SQL, [relationshipId, userId]);
  if (rows.length === 0)
    return {
      errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }],
      data: { relationship: null },
    };
  const first = rows[0];
  const contacts = rows.filter((row) => row.id !== null).map((row) => contactOf(row, first.stale_days));
  const metadata = JSON.stringify({ side: 'both', contacts: contacts.length });
  await pool.query(AUDIT_SQL, [
    userId,
    first.proposer_organization_id,
    first.relationship_id,
    metadata,
    first.recipient_organization_id,
  ]);
  return { data: { relationship: { id: first.relationship_id, contacts } } };
}

async function staleContacts(userId, organizationId) {
  const member = await pool.query('SELECT 1 FROM memberships WHERE user_id = $1 AND organization_id = $2', [
    userId,
    organizationId,
  ]);
  if (member.rows.length === 0)
    return { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }], data: null };
  const { rows } = await pool.query(STALE_SQL, [organizationId]);
  return { data: { staleContacts: rows.map((row) => contactOf(row, row.stale_days)) } };
}

function send(res, body) {
  const json = JSON.stringify(body);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function handle(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const userId = await viewerFor(req.headers.cookie);
  if (!userId)
    return send(res, {
      errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
      data: null,
    });
  if (operationName === 'BenchRegistry') return send(res, await registry(userId, variables.id));
  if (operationName === 'BenchStale') return send(res, await staleContacts(userId, variables.organizationId));
  send(res, { errors: [{ message: 'Unknown operation' }], data: null });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    process.stderr.write(`${error.stack}\n`);
    if (!res.headersSent) send(res, { errors: [{ message: 'Internal error' }] });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().then(() => process.exit(0));
});
