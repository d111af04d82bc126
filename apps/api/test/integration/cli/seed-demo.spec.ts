import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrganizationKind } from '@ecw/domain';
import { seedDemo } from '../../../src/cli/seed-demo.js';
import {
  DEMO_CONSULTATION,
  DEMO_ELECTIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_RELATIONSHIP,
  DEMO_REVIEW,
} from '../../../src/cli/seed-data.js';
import { AccountFactory } from '../../factories/account.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

const DIRECTORY = `{ organizations(first: 100) { totalCount edges { node { name kind countryCodes verified } } } }`;

describe('npm run seed (the demo data)', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
    await seedDemo(t.url, t.api.app.get(DataSource));
  });
  afterAll(() => t.close());

  it('lists verified organisations of every kind, in two countries, to any signed-in person', async () => {
    const stranger = t.client();
    await AccountFactory.create().signUp(stranger);
    const data = await stranger.ok<{
      organizations: { totalCount: number; edges: { node: { kind: string; countryCodes: string[] } }[] };
    }>(DIRECTORY);
    const verified = DEMO_ORGANIZATIONS.filter((o) => o.verified);
    expect(data.organizations.totalCount).toBe(verified.length);
    expect(new Set(DEMO_ORGANIZATIONS.map((o) => o.kind))).toEqual(new Set(Object.values(OrganizationKind)));
    const countries = new Set(data.organizations.edges.flatMap((e) => e.node.countryCodes));
    expect([...countries].sort()).toEqual(['CO', 'KE']);
  });

  it('lists elections around the day it runs: one past and two coming, each run by a demo authority', async () => {
    const stranger = t.client();
    await AccountFactory.create().signUp(stranger);
    const data = await stranger.ok<{
      elections: { edges: { node: { name: string; phase: string; authority: { name: string } | null } }[] };
    }>(`{ elections(first: 100) { edges { node { name phase authority { name } } } } }`);
    expect(data.elections.edges.map((edge) => edge.node)).toEqual([
      {
        name: 'Nairobi County By-election (demo)',
        phase: 'POST_ELECTION',
        authority: { name: 'Electoral Commission of Kenya (demo)' },
      },
      {
        name: 'Kenya General Election (demo)',
        phase: 'PRE_ELECTION',
        authority: { name: 'Electoral Commission of Kenya (demo)' },
      },
      {
        name: 'Colombia Presidential Election (demo)',
        phase: 'PRE_ELECTION',
        authority: { name: 'Registro Electoral de Colombia (demo)' },
      },
    ]);
  });

  /** A client signed in as one of the demo's people. */
  async function signedInAs(key: string) {
    const person = DEMO_PEOPLE.find((p) => p.key === key);
    const client = t.client();
    await client.ok(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
      input: { email: person?.email, password: DEMO_PASSWORD },
    });
    return client;
  }

  it('links the tech company and the authority with a critical contact on each side and a blackout window', async () => {
    const wanjiru = await signedInAs('wanjiru');
    const me = await wanjiru.ok<{ me: { memberships: { organization: { id: string; name: string } }[] } }>(
      `{ me { memberships { organization { id name } } } }`,
    );
    const authority = me.me.memberships.find((m) => m.organization.name === DEMO_RELATIONSHIP.to);
    const data = await wanjiru.ok<{
      relationships: {
        status: string;
        election: { name: string; blackoutWindows: { reason: string | null }[] } | null;
        contacts: { name: string; escalationTier: string; organization: { name: string } }[];
      }[];
    }>(
      `query ($id: ID!) { relationships(organizationId: $id) { status
          election { name blackoutWindows { reason } }
          contacts { name escalationTier organization { name } } } }`,
      { id: authority?.organization.id },
    );
    expect(data.relationships).toHaveLength(1);
    const [relationship] = data.relationships;
    expect(relationship?.status).toBe('ACTIVE');
    expect(relationship?.election).toEqual({
      name: DEMO_RELATIONSHIP.election,
      blackoutWindows: [{ reason: DEMO_RELATIONSHIP.blackoutWindow.reason }],
    });
    expect(relationship?.contacts.map((c) => [c.organization.name, c.name, c.escalationTier]).sort()).toEqual(
      DEMO_RELATIONSHIP.contacts.map((c) => [c.organization, c.name, 'CRITICAL']).sort(),
    );
  });

  it('opens a Chatham House consultation whose brief the convenor reads without its author', async () => {
    const ada = await signedInAs('ada');
    const data = await ada.ok<{
      consultations: {
        edges: {
          node: {
            title: string;
            status: string;
            attributionRule: string;
            election: { name: string } | null;
            participants: { name: string }[];
            briefs: {
              edges: { node: { title: string; status: string; submitter: unknown; attribution: string } }[];
            };
          };
        }[];
      };
    }>(`{ consultations(first: 2) { edges { node { title status attributionRule election { name }
          participants { name }
          briefs(first: 5) { edges { node { title status submitter { name } attribution } } } } } } }`);
    expect(data.consultations.edges.map((edge) => edge.node)).toEqual([
      {
        title: DEMO_CONSULTATION.title,
        status: 'OPEN',
        attributionRule: 'CHATHAM_HOUSE',
        election: { name: DEMO_CONSULTATION.election },
        participants: expect.arrayContaining(DEMO_CONSULTATION.invited.map((name) => ({ name }))),
        briefs: {
          edges: [
            {
              node: {
                title: DEMO_CONSULTATION.brief.title,
                status: 'SUBMITTED',
                submitter: null,
                attribution: expect.not.stringContaining('Uchaguzi') as unknown as string,
              },
            },
          ],
        },
      },
    ]);
  });

  it('drafts the past election’s review with its co-author and a recommendation', async () => {
    const ada = await signedInAs('ada'); // a member of the co-author, not of the owner
    const data = await ada.ok<{
      reviewReports: {
        edges: {
          node: {
            title: string;
            status: string;
            election: { name: string } | null;
            coAuthors: { name: string }[];
            recommendations: { text: string; owner: { name: string } | null }[];
          };
        }[];
      };
    }>(`{ reviewReports(first: 10) { edges { node { title status election { name } coAuthors { name }
          recommendations { text owner { name } } } } } }`);
    expect(data.reviewReports.edges.map((edge) => edge.node)).toEqual([
      {
        title: DEMO_REVIEW.title,
        status: 'DRAFTING',
        election: { name: DEMO_REVIEW.election },
        coAuthors: [{ name: DEMO_REVIEW.owner }, ...DEMO_REVIEW.coAuthors.map((name) => ({ name }))],
        recommendations: [
          { text: DEMO_REVIEW.recommendation.text, owner: { name: DEMO_REVIEW.recommendation.owner } },
        ],
      },
    ]);
  });

  it('writes the review’s text through /collab and freezes a version of it', async () => {
    const wanjiru = await signedInAs('wanjiru');
    const { reviewReports } = await wanjiru.ok<{
      reviewReports: {
        edges: {
          node: {
            sections: { markdown: string }[];
            versions: { label: string; markdown: string; contentHash: string }[];
          };
        }[];
      };
    }>(`{ reviewReports(first: 10) { edges { node { sections { markdown }
          versions { label markdown contentHash } } } } }`);
    const report = reviewReports.edges[0]?.node;
    expect(report?.sections.map((section) => section.markdown.trim())).toEqual(
      DEMO_REVIEW.text.map((paragraphs) => paragraphs.join('\n\n')),
    );
    expect(report?.versions.map((version) => version.label)).toEqual([DEMO_REVIEW.version]);
    const [version] = report?.versions ?? [];
    for (const paragraphs of DEMO_REVIEW.text)
      for (const paragraph of paragraphs) expect(version?.markdown).toContain(paragraph);
    expect(version?.contentHash).toBe(
      createHash('sha256')
        .update(version?.markdown ?? '')
        .digest('hex'),
    );
  });

  it('gives the printed sign-ins real accounts with memberships, and is idempotent', async () => {
    await seedDemo(t.url, t.api.app.get(DataSource));
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM organizations');
    expect(count).toBe(DEMO_ORGANIZATIONS.length);
    const [{ elections }] = await t.db.query('SELECT count(*)::int AS elections FROM elections');
    expect(elections).toBe(DEMO_ELECTIONS.length);
    const [{ consultations, briefs, reports }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM consultations) AS consultations,
              (SELECT count(*)::int FROM context_briefs) AS briefs,
              (SELECT count(*)::int FROM review_reports) AS reports`,
    );
    expect({ consultations, briefs, reports }).toEqual({ consultations: 1, briefs: 1, reports: 1 });
    const [{ relationships, contacts, windows }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM relationships) AS relationships,
              (SELECT count(*)::int FROM contact_points) AS contacts,
              (SELECT count(*)::int FROM blackout_windows) AS windows`,
    );
    expect({ relationships, contacts, windows }).toEqual({ relationships: 1, contacts: 2, windows: 1 });
    const otieno = DEMO_PEOPLE.find((p) => p.key === 'otieno');
    const client = t.client();
    await client.ok(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
      input: { email: otieno?.email, password: DEMO_PASSWORD },
    });
    const me = await client.ok<{ me: { memberships: { role: string; organization: { name: string } }[] } }>(
      `{ me { memberships { role organization { name } } } }`,
    );
    expect(me.me.memberships.map((m) => [m.organization.name, m.role]).sort()).toEqual([
      ['Electoral Commission of Kenya (demo)', 'ADMIN'],
      ['Northwind Social (demo)', 'VIEWER'],
    ]);
  });
});
