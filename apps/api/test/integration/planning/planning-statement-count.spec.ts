import { EscalationTier, OrganizationKind } from '@ecw/domain';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { ElectionFactory } from '../../factories/election.factory.js';
import {
  OrganizationFactory,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { acceptRelationship, proposeRelationship } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { createTestDatabase } from '../../support/test-database.js';
import { StatementCounter } from '../organizations/statement-counter.js';

const REGISTRY = `query ($id: ID!) {
  relationship(id: $id) {
    id staleAfterDays organizations { id name }
    contacts { id name verificationStatus channels { kind value } organization { id } revisions { change changedBy { displayName } } }
  }
}`;
const ESCALATION = `query ($electionId: ID!) {
  escalation(electionId: $electionId) {
    preferredChannel { kind value } contactLocalTime viewerLocalTime
    contact { id name organization { id name } relationship { id organizations { id } } }
  }
}`;

/**
 * No N+1 in the registry and the escalation view: the same number of SQL statements for 10 contacts
 * as for 100, and for 5 relationships as for 50, counted on the PostgreSQL wire (StatementCounter).
 */
describe('planning: a constant number of SQL statements per registry and escalation view', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let proxy: Awaited<ReturnType<typeof StatementCounter.start>>;
  let t: TestApi;
  let platformAdmin: Person;
  let company: Person;
  let companyId: string;
  let authorities: Person;

  beforeAll(async () => {
    database = await createTestDatabase();
    proxy = await StatementCounter.start(database.url);
    t = await startTestApi({}, { url: proxy.url });
    platformAdmin = await signUpPerson(t);
    company = await signUpPerson(t);
    authorities = await signUpPerson(t);
    const organization = await OrganizationFactory.create({ kind: OrganizationKind.TECH_COMPANY }).createBy(
      company.client,
    );
    await verifyOrganization(platformAdmin.client, organization.id);
    companyId = organization.id;
  });
  afterAll(async () => {
    await t.close();
    await proxy.counter.close();
    await database.drop();
  });

  /** An authority (owned by `authorities`) in an active relationship with the company. */
  async function relationshipWithNewAuthority(
    electionId?: string,
  ): Promise<{ relationshipId: string; authorityId: string }> {
    const authority = await OrganizationFactory.create({
      kind: OrganizationKind.ELECTION_AUTHORITY,
    }).createBy(authorities.client);
    await verifyOrganization(platformAdmin.client, authority.id);
    const relationship = await proposeRelationship(
      company.client,
      companyId,
      authority.id,
      electionId ? { electionId } : {},
    );
    await acceptRelationship(authorities.client, relationship.id);
    return { relationshipId: relationship.id, authorityId: authority.id };
  }

  /** Statements for one request, after a warm-up (so the session's periodic touch is not in it). */
  async function statementsFor(
    query: string,
    variables: Record<string, unknown>,
    check: (data: unknown) => void,
  ): Promise<number> {
    await company.client.ok(query, variables);
    proxy.counter.reset();
    const data = await company.client.ok(query, variables);
    const statements = proxy.counter.count;
    check(data);
    return statements;
  }

  it('relationship.contacts costs as many statements for 100 contacts as for 10', async () => {
    const { relationshipId, authorityId } = await relationshipWithNewAuthority();
    const addContacts = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const [client, side] =
          index % 2 === 0 ? [company.client, companyId] : [authorities.client, authorityId];
        await ContactPointFactory.create().addBy(client, relationshipId, side);
      }
    };
    const contactsIn = (expected: number) => (data: unknown) =>
      expect((data as { relationship: { contacts: unknown[] } }).relationship.contacts).toHaveLength(
        expected,
      );
    await addContacts(10);
    const forTen = await statementsFor(REGISTRY, { id: relationshipId }, contactsIn(10));
    await addContacts(90);
    const forHundred = await statementsFor(REGISTRY, { id: relationshipId }, contactsIn(100));
    expect(forHundred).toBe(forTen);
    expect(forTen).toBeGreaterThanOrEqual(5);
  });

  it('the escalation view costs as many statements for 50 relationships as for 5', async () => {
    const election = await ElectionFactory.create().createBy(company.client);
    const addRelationships = async (count: number) => {
      for (let index = 0; index < count; index++) {
        const { relationshipId, authorityId } = await relationshipWithNewAuthority(election.id);
        await ContactPointFactory.create({ escalationTier: EscalationTier.CRITICAL }).addBy(
          authorities.client,
          relationshipId,
          authorityId,
        );
      }
    };
    const entries = (expected: number) => (data: unknown) =>
      expect((data as { escalation: unknown[] }).escalation).toHaveLength(expected);
    await addRelationships(5);
    const forFive = await statementsFor(ESCALATION, { electionId: election.id }, entries(5));
    await addRelationships(45);
    const forFifty = await statementsFor(ESCALATION, { electionId: election.id }, entries(50));
    expect(forFifty).toBe(forFive);
    expect(forFive).toBeGreaterThanOrEqual(4);
  });
});
