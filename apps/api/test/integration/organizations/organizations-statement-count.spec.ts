import {
  OrganizationFactory,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createTestDatabase } from '../../support/test-database.js';
import { StatementCounter } from './statement-counter.js';

const PAGE = `{ organizations(first: 50) { edges { node { id name memberCount viewerRole } } } }`;

/**
 * No N+1: a page of organisations with `memberCount` and `viewerRole` costs the same number of SQL
 * statements for 10 organisations as for 50. The API talks to its database through a proxy that
 * counts the statements on the PostgreSQL wire protocol (see StatementCounter), so this counts
 * exactly what the API process sends, whatever sends it.
 */
describe('organizations: a constant number of SQL statements per page', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: Awaited<ReturnType<typeof StatementCounter.start>>;
  let t: TestApi;
  let platformAdmin: Person;
  let reader: Person;
  let otherOwner: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await StatementCounter.start(database.url);
    t = await startTestApi({}, { url: proxy.url });
    platformAdmin = await signUpPerson(t);
    reader = await signUpPerson(t);
    otherOwner = await signUpPerson(t);
  });
  afterAll(async () => {
    await t.close();
    await proxy.counter.close();
    await database.drop();
  });

  /** Half the reader's own (unverified) organisations, half others' verified ones: both loaders have work. */
  async function addOrganizations(count: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      if (index % 2 === 0) {
        await OrganizationFactory.create().createBy(reader.client);
      } else {
        const organization = await OrganizationFactory.create().createBy(otherOwner.client);
        await verifyOrganization(platformAdmin.client, organization.id);
      }
    }
  }

  /** Statements for one request of the page; a warm-up first, so the session's periodic touch is not in it. */
  async function statementsForPage(expectedRows: number): Promise<number> {
    await reader.client.ok(PAGE);
    proxy.counter.reset();
    const data = await reader.client.ok<{
      organizations: { edges: { node: { memberCount: number; viewerRole: string | null } }[] };
    }>(PAGE);
    const statements = proxy.counter.count;
    expect(data.organizations.edges).toHaveLength(expectedRows);
    expect(data.organizations.edges.every((edge) => edge.node.memberCount === 1)).toBe(true);
    expect(data.organizations.edges.filter((edge) => edge.node.viewerRole === 'OWNER')).toHaveLength(
      expectedRows / 2,
    );
    return statements;
  }

  it('issues as many statements for 50 organisations as for 10', async () => {
    await addOrganizations(10);
    const forTen = await statementsForPage(10);
    await addOrganizations(40);
    const forFifty = await statementsForPage(50);
    expect(forFifty).toBe(forTen);
    // The session with its account (1), then one statement for the page, the total, member counts
    // and viewer roles (1), as the bench's hand-written baseline does; a counter that saw nothing
    // would make the equality above meaningless.
    expect(forTen).toBe(2);
  });
});
