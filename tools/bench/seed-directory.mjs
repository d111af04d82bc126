#!/usr/bin/env node
// Deterministic organisations-directory data set for the benchmarks: N organisations of mixed kinds
// and countries with members, and one "viewer" account who is a member of a few of them (some
// unverified, which only members see). Inserted with plain SQL through `pg` into a database that
// already has the API's schema. The same seed and sizes always give the same rows, ids included.
//
//   node tools/bench/seed-directory.mjs <DATABASE_URL> [--organizations 1000] [--users 2000] [--seed 42]
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export const VIEWER_EMAIL = 'viewer@bench.example';

const KINDS = [
  ['CIVIL_SOCIETY', 40],
  ['TECH_COMPANY', 20],
  ['ELECTION_AUTHORITY', 15],
  ['INTERNATIONAL_ORGANIZATION', 10],
  ['ACADEMIC', 10],
  ['OTHER', 5],
];
const COUNTRIES = (
  'KE NG GH ZA SN CI TZ UG ET ZM MW MZ BR MX CO PE AR CL GT BO IN ID PH PK BD LK NP MY ' +
  'TH FR DE ES PL RO UA GE AM MD TN MA EG JO LB IQ US CA GB AU'
).split(' ');
const WORDS_A = [
  'Open',
  'Civic',
  'Fair',
  'Free',
  'Digital',
  'Independent',
  'National',
  'Citizens',
  'Democratic',
  'Transparent',
  'Regional',
  'Youth',
  'Women',
  'Rural',
  'Global',
];
const WORDS_B = [
  'Ballot',
  'Vote',
  'Election',
  'Voice',
  'Media',
  'Data',
  'Rights',
  'Integrity',
  'Observer',
  'Monitor',
  'Network',
  'Watch',
  'Dialogue',
  'Futures',
  'Commons',
];
const SUFFIX = {
  CIVIL_SOCIETY: ['Alliance', 'Coalition', 'Initiative', 'Foundation'],
  TECH_COMPANY: ['Labs', 'Technologies', 'Platforms', 'Systems'],
  ELECTION_AUTHORITY: ['Electoral Commission', 'Election Board', 'Electoral Institute'],
  INTERNATIONAL_ORGANIZATION: ['Mission', 'Programme', 'Council'],
  ACADEMIC: ['Institute', 'Research Centre', 'University Lab'],
  OTHER: ['Trust', 'Association', 'Group'],
};
const ROLES = [
  ['ADMIN', 15],
  ['MEMBER', 60],
  ['VIEWER', 25],
];
const VERIFIED_AT = '2026-01-15T09:00:00Z';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; deterministic for a seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

function weighted(random, entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)[0];
}

function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The rows, in memory, for `organizations` organisations and `users` accounts (user 0 is the viewer). */
export function generateDirectory({
  organizations,
  users = Math.max(20, organizations * 2),
  seed = 42,
  viewerShare = 0.04,
  verifiedShare = 0.8,
}) {
  const random = prng(seed);
  const userRows = Array.from({ length: users }, (_, i) => ({
    id: uuid(random),
    email: i === 0 ? VIEWER_EMAIL : `member${i}@bench.example`,
    displayName: i === 0 ? 'Bench Viewer' : `Bench Member ${i}`,
  }));
  const viewerId = userRows[0].id;
  const organizationRows = [];
  const membershipRows = [];
  for (let i = 0; i < organizations; i += 1) {
    const kind = weighted(random, KINDS);
    const countryCount = 1 + Math.floor(random() * random() * 4);
    const countries = [...new Set(Array.from({ length: countryCount }, () => pick(random, COUNTRIES)))];
    const organization = {
      id: uuid(random),
      name: `${pick(random, WORDS_A)} ${pick(random, WORDS_B)} ${pick(random, SUFFIX[kind])} ${i + 1}`,
      kind,
      countryCodes: countries,
      website: random() < 0.5 ? `https://org-${i + 1}.example.org` : null,
      verified: random() < verifiedShare,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    };
    organizationRows.push(organization);
    // Skewed sizes: most organisations are small, a few large.
    const size = 1 + Math.floor(random() ** 2 * 15);
    const members = new Set();
    while (members.size < Math.min(size, users - 1)) members.add(1 + Math.floor(random() * (users - 1)));
    let first = true;
    for (const member of members) {
      membershipRows.push({
        id: uuid(random),
        organizationId: organization.id,
        userId: userRows[member].id,
        role: first ? 'OWNER' : weighted(random, ROLES),
      });
      first = false;
    }
    if (random() < viewerShare) {
      membershipRows.push({
        id: uuid(random),
        organizationId: organization.id,
        userId: viewerId,
        role: weighted(random, [['OWNER', 10], ...ROLES]),
      });
    }
  }
  const viewerOrganizations = new Set(
    membershipRows.filter((m) => m.userId === viewerId).map((m) => m.organizationId),
  );
  const visible = organizationRows.filter((o) => o.verified || viewerOrganizations.has(o.id)).length;
  return { users: userRows, organizations: organizationRows, memberships: membershipRows, viewerId, visible };
}

/** Generates a data set and inserts it. */
export function seedDirectory(client, options) {
  return insertDirectory(client, generateDirectory(options));
}

/** Inserts a generated data set with a few multi-row statements, in one transaction. */
export async function insertDirectory(client, data) {
  await client.query('BEGIN');
  try {
    await client.query(
      `INSERT INTO users (id, email, display_name, password_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [
        data.users.map((u) => u.id),
        data.users.map((u) => u.email),
        data.users.map((u) => u.displayName),
        data.users.map(() => '!bench: no password'),
      ],
    );
    await client.query(
      `INSERT INTO organizations (id, name, kind, country_codes, website, verified_at, created_at, updated_at)
       SELECT id, name, kind, string_to_array(countries, ','), website, verified_at, created_at, created_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[])
           AS t(id, name, kind, countries, website, verified_at, created_at)`,
      [
        data.organizations.map((o) => o.id),
        data.organizations.map((o) => o.name),
        data.organizations.map((o) => o.kind),
        data.organizations.map((o) => o.countryCodes.join(',')),
        data.organizations.map((o) => o.website),
        data.organizations.map((o) => (o.verified ? VERIFIED_AT : null)),
        data.organizations.map((o) => o.createdAt),
      ],
    );
    await client.query(
      `INSERT INTO memberships (id, organization_id, user_id, role)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[])`,
      [
        data.memberships.map((m) => m.id),
        data.memberships.map((m) => m.organizationId),
        data.memberships.map((m) => m.userId),
        data.memberships.map((m) => m.role),
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE users, organizations, memberships');
  return {
    viewerId: data.viewerId,
    visible: data.visible,
    organizations: data.organizations.length,
    users: data.users.length,
    memberships: data.memberships.length,
  };
}

function option(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const url = args.find((a) => !a.startsWith('--') && /^postgres(ql)?:/.test(a)) ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(
      'usage: node tools/bench/seed-directory.mjs <DATABASE_URL> [--organizations N] [--users N] [--seed S]',
    );
    process.exit(2);
  }
  const organizations = option(args, 'organizations', 1000);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const summary = await seedDirectory(client, {
      organizations,
      users: option(args, 'users', organizations * 2),
      seed: option(args, 'seed', 42),
    });
    console.log(JSON.stringify(summary));
  } finally {
    await client.end();
  }
}
