import { randomBytes, randomUUID } from 'node:crypto';
import { MembershipRole, OrganizationKind } from '@ecw/domain';
import {
  OrganizationFactory,
  organizationWithMembers,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind countryCodes website verified createdAt viewerRole memberCount }
}`;
const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name countryCodes website } }`;
const VERIFY = `mutation ($id: ID!) { verifyOrganization(id: $id) { id verified } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name verified memberCount viewerRole } }`;
const LIST = `query ($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind countryCodes verified viewerRole } }
  }
}`;

interface ListedOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  countryCodes: string[];
  verified: boolean;
  viewerRole: MembershipRole | null;
}
interface OrganizationPage {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: ListedOrganization }[];
  };
}

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  const fieldErrors = (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((error) => error.field);
}

describe('organisations: create, update, verify, read and list', () => {
  let t: TestApi;
  let platformAdmin: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t); // the first account of a database is a platform admin
  });
  afterAll(() => t.close());

  describe('createOrganization', () => {
    it('creates an unverified organisation whose creator is its OWNER, normalising the input, and audits it', async () => {
      const creator = await signUpPerson(t);
      const input = OrganizationFactory.create({
        countryCodes: ['ke', ' Ug ', 'KE'],
        website: 'https://ngo.example/about',
      }).build();
      const data = await creator.client.ok<{ createOrganization: Record<string, unknown> & { id: string } }>(
        CREATE,
        {
          input: { ...input, name: `  ${input.name}  ` },
        },
      );
      expect(data.createOrganization).toMatchObject({
        name: input.name,
        kind: input.kind,
        countryCodes: ['KE', 'UG'],
        website: 'https://ngo.example/about',
        verified: false,
        viewerRole: MembershipRole.OWNER,
        memberCount: 1,
      });
      const id = data.createOrganization.id;
      const [membership] = await t.db.query(
        'SELECT user_id, role FROM memberships WHERE organization_id = $1',
        [id],
      );
      expect(membership).toEqual({ user_id: creator.userId, role: 'OWNER' });
      const audit = await t.db.query(
        'SELECT actor_id, action, target_id FROM audit_events WHERE organization_id = $1',
        [id],
      );
      expect(audit).toEqual([{ actor_id: creator.userId, action: 'organization.created', target_id: id }]);
    });

    it('lets a VIEWER of another organisation create one of their own', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.VIEWER]);
      const viewer = team.withRole(MembershipRole.VIEWER);
      const created = await OrganizationFactory.create().createBy(viewer.client);
      expect(created.verified).toBe(false);
    });

    it.each([
      ['an empty name', { name: '   ' }, ['name']],
      ['a name over 200 characters', { name: 'n'.repeat(201) }, ['name']],
      [
        'an unknown country code',
        { countryCodes: ['FR', 'ZZ', 'KE', 'XYZ'] },
        ['countryCodes.1', 'countryCodes.3'],
      ],
      ['no country', { countryCodes: [] }, ['countryCodes']],
      ['more than 60 countries', { countryCodes: Array(61).fill('FR') }, ['countryCodes']],
      ['a website that is not http(s)', { website: 'ftp://files.example.org' }, ['website']],
      ['a website over 2048 characters', { website: `https://example.org/${'a'.repeat(2048)}` }, ['website']],
    ])(
      'refuses %s with BAD_USER_INPUT naming the field, and creates nothing',
      async (_case, overrides, fields) => {
        const creator = await signUpPerson(t);
        const before = await t.db.query('SELECT count(*)::int AS n FROM organizations');
        const result = await creator.client.gql(CREATE, {
          input: OrganizationFactory.create(overrides).build(),
        });
        expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual(fields);
        expect(await t.db.query('SELECT count(*)::int AS n FROM organizations')).toEqual(before);
      },
    );

    it('names the refused country code in the message', async () => {
      const creator = await signUpPerson(t);
      const result = await creator.client.gql(CREATE, {
        input: OrganizationFactory.create({ countryCodes: ['qq'] }).build(),
      });
      const [fieldError] = result.errors?.[0]?.extensions?.['fieldErrors'] as {
        field: string;
        message: string;
      }[];
      expect(fieldError).toEqual({ field: 'countryCodes.0', message: 'Unknown country code: QQ.' });
    });

    it('refuses a signed-out caller', async () => {
      const result = await t.client().gql(CREATE, { input: OrganizationFactory.create().build() });
      expect(errorCodes(result.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('updateOrganization', () => {
    it.each([MembershipRole.OWNER, MembershipRole.ADMIN])(
      'lets an %s change only the fields given, and audits which',
      async (role) => {
        const team = await organizationWithMembers(t, [MembershipRole.ADMIN]);
        const actor = team.withRole(role);
        const data = await actor.client.ok<{ updateOrganization: Record<string, unknown> }>(UPDATE, {
          input: { id: team.organization.id, name: ' Renamed collective ' },
        });
        expect(data.updateOrganization).toEqual({
          id: team.organization.id,
          name: 'Renamed collective',
          countryCodes: team.organization.countryCodes,
          website: team.organization.website,
        });
        const cleared = await actor.client.ok<{ updateOrganization: Record<string, unknown> }>(UPDATE, {
          input: { id: team.organization.id, website: null, countryCodes: ['sn', 'ml'] },
        });
        expect(cleared.updateOrganization).toMatchObject({
          name: 'Renamed collective',
          website: null,
          countryCodes: ['SN', 'ML'],
        });
        const audit = await t.db.query(
          `SELECT actor_id, metadata FROM audit_events WHERE organization_id = $1 AND action = 'organization.updated' ORDER BY at`,
          [team.organization.id],
        );
        expect(audit).toEqual([
          { actor_id: actor.userId, metadata: { fields: ['name'] } },
          { actor_id: actor.userId, metadata: { fields: ['countryCodes', 'website'] } },
        ]);
      },
    );

    it.each([MembershipRole.MEMBER, MembershipRole.VIEWER])(
      'refuses a %s with FORBIDDEN and changes nothing',
      async (role) => {
        const team = await organizationWithMembers(t, [role]);
        const result = await team
          .withRole(role)
          .client.gql(UPDATE, { input: { id: team.organization.id, name: 'Taken over' } });
        expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
        const [row] = await t.db.query('SELECT name FROM organizations WHERE id = $1', [
          team.organization.id,
        ]);
        expect(row.name).toBe(team.organization.name);
      },
    );

    it('answers FORBIDDEN to an outsider of a verified organisation, NOT_FOUND of an unverified or unknown one', async () => {
      const outsider = await signUpPerson(t);
      const verified = await organizationWithMembers(t, [], { verifiedBy: platformAdmin.client });
      const unverified = await organizationWithMembers(t, []);
      const onVerified = await outsider.client.gql(UPDATE, {
        input: { id: verified.organization.id, name: 'x' },
      });
      expect(errorCodes(onVerified.errors)).toEqual(['FORBIDDEN']);
      for (const id of [unverified.organization.id, randomUUID(), 'not-an-id']) {
        const result = await outsider.client.gql(UPDATE, { input: { id, name: 'x' } });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
    });

    it('refuses bad input naming the field before anything changes', async () => {
      const team = await organizationWithMembers(t, []);
      const result = await team.owner.client.gql(UPDATE, {
        input: {
          id: team.organization.id,
          name: 'Fine',
          countryCodes: ['XX'],
          website: 'javascript:alert(1)',
        },
      });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['countryCodes.0', 'website']);
      const [row] = await t.db.query('SELECT name FROM organizations WHERE id = $1', [team.organization.id]);
      expect(row.name).toBe(team.organization.name);
    });
  });

  describe('verifyOrganization', () => {
    it('lets a platform admin verify, records who and when, audits it, and tells every OWNER and ADMIN', async () => {
      const team = await organizationWithMembers(t, [
        MembershipRole.ADMIN,
        MembershipRole.MEMBER,
        MembershipRole.VIEWER,
      ]);
      const data = await platformAdmin.client.ok<{ verifyOrganization: { verified: boolean } }>(VERIFY, {
        id: team.organization.id,
      });
      expect(data.verifyOrganization.verified).toBe(true);
      const [row] = await t.db.query('SELECT verified_at, verified_by FROM organizations WHERE id = $1', [
        team.organization.id,
      ]);
      expect(row.verified_by).toBe(platformAdmin.userId);
      expect(row.verified_at).toBeInstanceOf(Date);
      const audit = await t.db.query(
        `SELECT actor_id FROM audit_events WHERE organization_id = $1 AND action = 'organization.verified'`,
        [team.organization.id],
      );
      expect(audit).toEqual([{ actor_id: platformAdmin.userId }]);
      const notified = await t.db.query(
        `SELECT user_id, params, link FROM notifications WHERE kind = 'organizationVerified' AND user_id = ANY($1) ORDER BY user_id`,
        [team.members.map((member) => member.userId).concat(team.owner.userId)],
      );
      const expected = [team.owner, team.withRole(MembershipRole.ADMIN)]
        .map((member) => ({
          user_id: member.userId,
          params: { organization: team.organization.name },
          link: `/organizations/${team.organization.id}`,
        }))
        .sort((a, b) => a.user_id.localeCompare(b.user_id));
      expect(notified).toEqual(expected);
    });

    it('refuses anyone who is not a platform admin, even the OWNER, with FORBIDDEN', async () => {
      const team = await organizationWithMembers(t, []);
      const result = await team.owner.client.gql(VERIFY, { id: team.organization.id });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      const [row] = await t.db.query('SELECT verified_at FROM organizations WHERE id = $1', [
        team.organization.id,
      ]);
      expect(row.verified_at).toBeNull();
    });

    it('keeps verification idempotent: verifying twice audits and notifies once', async () => {
      const team = await organizationWithMembers(t, []);
      await verifyOrganization(platformAdmin.client, team.organization.id);
      await verifyOrganization(platformAdmin.client, team.organization.id);
      const [audit] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1 AND action = 'organization.verified'`,
        [team.organization.id],
      );
      expect(audit.n).toBe(1);
      const [notified] = await t.db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'organizationVerified'`,
        [team.owner.userId],
      );
      expect(notified.n).toBe(1);
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      for (const id of [randomUUID(), '1; DROP TABLE organizations']) {
        const result = await platformAdmin.client.gql(VERIFY, { id });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      }
    });
  });

  describe('organization(id)', () => {
    it('shows a verified organisation to any signed-in user, with its member count and a null viewerRole', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.MEMBER], {
        verifiedBy: platformAdmin.client,
      });
      const outsider = await signUpPerson(t);
      const data = await outsider.client.ok<{ organization: Record<string, unknown> }>(ORGANIZATION, {
        id: team.organization.id,
      });
      expect(data.organization).toEqual({
        id: team.organization.id,
        name: team.organization.name,
        verified: true,
        memberCount: 2,
        viewerRole: null,
      });
    });

    it('shows an unverified organisation to its members and platform admins only', async () => {
      const team = await organizationWithMembers(t, [MembershipRole.VIEWER]);
      const asViewer = await team
        .withRole(MembershipRole.VIEWER)
        .client.ok<{ organization: { viewerRole: string } }>(ORGANIZATION, {
          id: team.organization.id,
        });
      expect(asViewer.organization.viewerRole).toBe('VIEWER');
      const asAdmin = await platformAdmin.client.ok<{ organization: { viewerRole: string | null } }>(
        ORGANIZATION,
        { id: team.organization.id },
      );
      expect(asAdmin.organization.viewerRole).toBeNull();
    });

    it('answers null + NOT_FOUND alike for an unverified organisation of others, an unknown id and a malformed id', async () => {
      const team = await organizationWithMembers(t, []);
      const outsider = await signUpPerson(t);
      for (const id of [team.organization.id, randomUUID(), 'zzz', `${team.organization.id}'--`]) {
        const result = await outsider.client.gql(ORGANIZATION, { id });
        expect(result.data).toEqual({ organization: null });
        expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
        expect(result.errors?.[0]?.message).toBe('Not found.');
      }
    });

    it('refuses a signed-out caller', async () => {
      const team = await organizationWithMembers(t, [], { verifiedBy: platformAdmin.client });
      const result = await t.client().gql(ORGANIZATION, { id: team.organization.id });
      expect(errorCodes(result.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('organizations(first, after, filter)', () => {
    /** Names carrying a tag of their own, so each test lists only what it made. */
    function tagged(): { tag: string; name: (label: string) => string } {
      const tag = `t${randomBytes(4).toString('hex')}`;
      return { tag, name: (label) => `${label} ${tag}` };
    }

    it('lists verified organisations to everyone, unverified ones only to their members (and platform admins)', async () => {
      const { tag, name } = tagged();
      await organizationWithMembers(t, [], {
        factory: OrganizationFactory.create({ name: name('Alpha') }),
        verifiedBy: platformAdmin.client,
      });
      const mine = await organizationWithMembers(t, [MembershipRole.VIEWER], {
        factory: OrganizationFactory.create({ name: name('Beta') }),
      });
      await organizationWithMembers(t, [], { factory: OrganizationFactory.create({ name: name('Gamma') }) });
      const member = mine.withRole(MembershipRole.VIEWER);
      const outsider = await signUpPerson(t);

      const names = async (client: Person['client']) => {
        const data = await client.ok<OrganizationPage>(LIST, { filter: { search: tag } });
        return {
          total: data.organizations.totalCount,
          names: data.organizations.edges.map((edge) => edge.node.name),
        };
      };
      expect(await names(outsider.client)).toEqual({ total: 1, names: [name('Alpha')] });
      expect(await names(member.client)).toEqual({ total: 2, names: [name('Alpha'), name('Beta')] });
      expect(await names(platformAdmin.client)).toEqual({
        total: 3,
        names: [name('Alpha'), name('Beta'), name('Gamma')],
      });
      const own = await member.client.ok<OrganizationPage>(LIST, { filter: { search: name('Beta') } });
      expect(own.organizations.edges[0]?.node.viewerRole).toBe('VIEWER');
    });

    it('filters by kind, by country code (any case) and by a case-insensitive part of the name', async () => {
      const { tag, name } = tagged();
      const make = (label: string, kind: OrganizationKind, countryCodes: string[]) =>
        organizationWithMembers(t, [], {
          factory: OrganizationFactory.create({ name: name(label), kind, countryCodes }),
          verifiedBy: platformAdmin.client,
        });
      await make('Kenya Election Board', OrganizationKind.ELECTION_AUTHORITY, ['KE']);
      await make('Platform Co', OrganizationKind.TECH_COMPANY, ['KE', 'NG']);
      await make('Watchdog', OrganizationKind.CIVIL_SOCIETY, ['NG']);
      const search = async (filter: Record<string, unknown>) =>
        (
          await platformAdmin.client.ok<OrganizationPage>(LIST, { filter: { search: tag, ...filter } })
        ).organizations.edges.map((edge) => edge.node.name.replace(` ${tag}`, ''));
      expect(await search({ kind: 'TECH_COMPANY' })).toEqual(['Platform Co']);
      expect(await search({ countryCode: 'ng' })).toEqual(['Platform Co', 'Watchdog']);
      expect(await search({ countryCode: 'KE', kind: 'ELECTION_AUTHORITY' })).toEqual([
        'Kenya Election Board',
      ]);
      const byName = await platformAdmin.client.ok<OrganizationPage>(LIST, {
        filter: { search: `WATCHDOG ${tag.toUpperCase()}` },
      });
      expect(byName.organizations.edges.map((edge) => edge.node.name)).toEqual([name('Watchdog')]);
    });

    it('treats % and _ in a search as the characters themselves', async () => {
      const { tag, name } = tagged();
      await organizationWithMembers(t, [], {
        factory: OrganizationFactory.create({ name: name('100% Open_Data') }),
        verifiedBy: platformAdmin.client,
      });
      await organizationWithMembers(t, [], {
        factory: OrganizationFactory.create({ name: name('1000 OpenXData') }),
        verifiedBy: platformAdmin.client,
      });
      const search = async (text: string) =>
        (
          await platformAdmin.client.ok<OrganizationPage>(LIST, { filter: { search: text } })
        ).organizations.edges
          .map((edge) => edge.node.name)
          .filter((found) => found.endsWith(tag));
      expect(await search('0% O')).toEqual([name('100% Open_Data')]);
      expect(await search('Open_Data')).toEqual([name('100% Open_Data')]);
      expect(await search('%')).toEqual([name('100% Open_Data')]);
    });

    it('pages in a stable order (name, any case, then id) with keyset cursors and a total count', async () => {
      const { tag, name } = tagged();
      for (const label of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo']) {
        await organizationWithMembers(t, [], {
          factory: OrganizationFactory.create({ name: name(label) }),
          verifiedBy: platformAdmin.client,
        });
      }
      const outsider = await signUpPerson(t);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const data: OrganizationPage = await outsider.client.ok<OrganizationPage>(LIST, {
          first: 2,
          after,
          filter: { search: tag },
        });
        expect(data.organizations.totalCount).toBe(5);
        seen.push(...data.organizations.edges.map((edge) => edge.node.name.replace(` ${tag}`, '')));
        expect(data.organizations.pageInfo.hasNextPage).toBe(page < 2);
        after = data.organizations.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Alpha', 'Bravo', 'charlie', 'delta', 'echo']);
    });

    it('refuses a forged cursor, a page size over 100 and an unknown country code as field errors', async () => {
      const person = await signUpPerson(t);
      const forged = Buffer.from(JSON.stringify(['name', 'not-a-uuid'])).toString('base64url');
      const cases: [Record<string, unknown>, string][] = [
        [{ after: forged }, 'after'],
        [{ after: 'garbage' }, 'after'],
        [{ first: 101 }, 'first'],
        [{ filter: { countryCode: 'QQ' } }, 'filter.countryCode'],
      ];
      for (const [variables, field] of cases) {
        const result = await person.client.gql(LIST, variables);
        expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
        expect(fieldsOf(result)).toEqual([field]);
      }
    });

    it('refuses a signed-out caller', async () => {
      const result = await t.client().gql(LIST, {});
      expect(errorCodes(result.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
