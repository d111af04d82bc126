#!/usr/bin/env node
// Baseline for the consultation-page row: the smallest honest server for the same answer. node:http
// + pg, hand-written SQL. It authenticates the same session cookie the same way the API does, reads
// the viewer's standing (convenor role, invited organisations), answers null + NOT_FOUND to anyone
// else, and applies the same Chatham House redaction: participants other than the viewer's own are
// left out, and briefs of other organisations carry no submitter and a neutral attribution.
//
// A request whose variables carry `search` gets the brief search instead (the companion row of
// brief-search-latency): the same session, standing and visibility, the same tsquery on the same
// stored vector, the first 20 matches in submission order, `id` and `title` only.
//
// Environment: DATABASE_URL, SESSION_SECRET. Prints "listening <port>".
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const SESSION_COOKIE = 'ecw_session';
const NEUTRAL = 'A participating organisation';
const PAGE = 40;
const secret = process.env.SESSION_SECRET;
if (!process.env.DATABASE_URL || !secret) throw new Error('DATABASE_URL and SESSION_SECRET are required');
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const VIEWER_SQL = `SELECT s.id, s.user_id, s.last_seen_at FROM sessions s
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - interval '14 days'`;
const CONSULTATION_SQL = `
  SELECT c.id, c.title, c.status, c.attribution_rule, c.brief_visibility, c.convenor_organization_id, o.name AS convenor_name,
    (SELECT m.role FROM memberships m WHERE m.organization_id = c.convenor_organization_id AND m.user_id = $2) AS convenor_role,
    coalesce((SELECT json_object_agg(p.organization_id, m.role) FROM consultation_participants p
      JOIN memberships m ON m.organization_id = p.organization_id AND m.user_id = $2 WHERE p.consultation_id = c.id), '{}'::json) AS roles,
    (SELECT count(*)::int FROM consultation_participants p WHERE p.consultation_id = c.id) AS participant_count,
    (SELECT json_agg(json_build_object('id', q.id, 'prompt', q.prompt) ORDER BY q.position)
       FROM consultation_questions q WHERE q.consultation_id = c.id) AS questions
  FROM consultations c JOIN organizations o ON o.id = c.convenor_organization_id WHERE c.id = $1`;
const PARTICIPANTS_SQL = `SELECT o.name FROM consultation_participants p JOIN organizations o ON o.id = p.organization_id
  WHERE p.consultation_id = $1 AND ($2 OR p.organization_id = ANY($3::uuid[])) ORDER BY lower(o.name), o.id`;
// Who sees which brief: the writing organisation; the convenor once submitted; other participants
// once submitted and not withdrawn, when briefs are visible to all participants.
const VISIBLE = `b.consultation_id = $1 AND (b.organization_id = ANY($2::uuid[]) OR CASE
  WHEN $3 THEN b.submitted_at IS NOT NULL
  WHEN $4 THEN b.submitted_at IS NOT NULL AND b.status <> 'WITHDRAWN' ELSE false END)`;
const BRIEFS_SQL = `
  SELECT b.id, b.title, b.summary, b.status, b.submitted_at, b.organization_id, o.name AS organization_name, b.topics, b.risk_level,
    (SELECT coalesce(json_agg(a.text ORDER BY q.position), '[]') FROM brief_answers a
       JOIN consultation_questions q ON q.id = a.question_id WHERE a.brief_id = b.id) AS answers,
    (SELECT count(*)::int FROM brief_comments bc WHERE bc.brief_id = b.id) AS comments
  FROM context_briefs b JOIN organizations o ON o.id = b.organization_id
  WHERE ${VISIBLE} ORDER BY coalesce(b.submitted_at, b.created_at), b.id LIMIT ${PAGE}`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM context_briefs b WHERE ${VISIBLE}`;
const STANDING_SQL = `SELECT c.brief_visibility,
    (SELECT m.role FROM memberships m WHERE m.organization_id = c.convenor_organization_id AND m.user_id = $2) AS convenor_role,
    coalesce((SELECT json_object_agg(p.organization_id, m.role) FROM consultation_participants p
      JOIN memberships m ON m.organization_id = p.organization_id AND m.user_id = $2 WHERE p.consultation_id = c.id), '{}'::json) AS roles
  FROM consultations c WHERE c.id = $1`;
const SEARCH_SQL = `SELECT b.id, b.title FROM context_briefs b WHERE ${VISIBLE}
    AND b.search_vector @@ (websearch_to_tsquery('simple', $5) || websearch_to_tsquery(brief_search_config(ARRAY['en']::text[]), $5))
  ORDER BY coalesce(b.submitted_at, b.created_at), b.id LIMIT 20`;

function cookieSecret(header) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE)
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** As the API shows it: an unattributed brief's time to the hour (UTC), an attributed one's exactly. */
function submittedAtFor(brief, named) {
  if (!brief.submitted_at) return null;
  if (named) return brief.submitted_at.toISOString();
  const hour = new Date(brief.submitted_at.getTime());
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString();
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

const WRITERS = new Set(['OWNER', 'ADMIN', 'MEMBER']);
const NOT_FOUND = {
  errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }],
  data: { consultation: null },
};

async function page(userId, id) {
  const { rows } = await pool.query(CONSULTATION_SQL, [id, userId]);
  const c = rows[0];
  const own = Object.keys(c?.roles ?? {});
  if (!c || (c.convenor_role === null && own.length === 0)) return NOT_FOUND;
  const convenes = c.convenor_role !== null;
  const allParticipants = c.brief_visibility === 'ALL_PARTICIPANTS' && own.length > 0;
  const visible = [id, own, convenes, allParticipants];
  const [participants, briefs, count] = await Promise.all([
    pool.query(PARTICIPANTS_SQL, [id, convenes, own]),
    pool.query(BRIEFS_SQL, visible),
    pool.query(COUNT_SQL, visible),
  ]);
  const named = (organizationId) =>
    c.attribution_rule === 'ATTRIBUTED' ||
    own.includes(organizationId) ||
    (convenes && organizationId === c.convenor_organization_id);
  return {
    data: {
      consultation: {
        id: c.id,
        title: c.title,
        status: c.status,
        attributionRule: c.attribution_rule,
        viewerCanSubmit: c.status === 'OPEN' && Object.values(c.roles).some((role) => WRITERS.has(role)),
        participantCount: c.participant_count,
        convenor: { name: c.convenor_name },
        questions: c.questions ?? [],
        participants: participants.rows.map((row) => ({ name: row.name })),
        briefs: {
          totalCount: count.rows[0].n,
          edges: briefs.rows.map((b) => ({
            node: {
              id: b.id,
              title: b.title,
              summary: b.summary,
              status: b.status,
              submittedAt: submittedAtFor(b, named(b.organization_id)),
              attribution: named(b.organization_id) ? b.organization_name : NEUTRAL,
              submitter: named(b.organization_id) ? { name: b.organization_name } : null,
              topics: b.topics,
              riskLevel: b.risk_level,
              answers: b.answers.map((text) => ({ text })),
              comments: { totalCount: b.comments },
            },
          })),
        },
      },
    },
  };
}

async function search(userId, id, words) {
  const { rows } = await pool.query(STANDING_SQL, [id, userId]);
  const c = rows[0];
  const own = Object.keys(c?.roles ?? {});
  if (!c || (c.convenor_role === null && own.length === 0)) return NOT_FOUND;
  const allParticipants = c.brief_visibility === 'ALL_PARTICIPANTS' && own.length > 0;
  const matches = await pool.query(SEARCH_SQL, [id, own, c.convenor_role !== null, allParticipants, words]);
  const edges = matches.rows.map((b) => ({ node: { id: b.id, title: b.title } }));
  return { data: { consultation: { briefs: { edges } } } };
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
  const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const userId = await viewerFor(req.headers.cookie);
  if (!userId)
    return send(res, {
      errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
      data: null,
    });
  send(
    res,
    await (variables.search ? search(userId, variables.id, variables.search) : page(userId, variables.id)),
  );
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
