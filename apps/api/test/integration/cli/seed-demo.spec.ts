import { DataSource } from 'typeorm';
import { OrganizationKind } from '@ecw/domain';
import { seedDemo } from '../../../src/cli/seed-demo.js';
import {
  DEMO_ELECTIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
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

  it('gives the printed sign-ins real accounts with memberships, and is idempotent', async () => {
    await seedDemo(t.url, t.api.app.get(DataSource));
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM organizations');
    expect(count).toBe(DEMO_ORGANIZATIONS.length);
    const [{ elections }] = await t.db.query('SELECT count(*)::int AS elections FROM elections');
    expect(elections).toBe(DEMO_ELECTIONS.length);
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
