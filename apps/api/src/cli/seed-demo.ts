import { DataSource } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import { setPlatformAdmin } from '../accounts/platform-admin/set-platform-admin.command.js';
import {
  DEMO_CONSULTATION,
  DEMO_ELECTIONS,
  DEMO_REVIEW,
  DEMO_RELATIONSHIP,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_PASSWORD,
  type DemoPerson,
} from './seed-data.js';
import { SeedClient } from './seed-client.js';

/**
 * Fills the demo through the product's own API at `apiUrl` (so every rule applies): people,
 * organisations of each kind in two countries, memberships with each role, elections around the
 * day it runs (one past, two coming), a contact relationship with a critical contact point on each
 * side and a blackout window, an open consultation under the Chatham House Rule with a submitted
 * brief, and the past election's review (its text written through /collab, a version frozen) with a
 * recommendation. Idempotent.
 */
export async function seedDemo(apiUrl: string, dataSource: DataSource): Promise<void> {
  const people = new Map<string, SeedClient>();
  for (const person of DEMO_PEOPLE) people.set(person.key, await signIn(apiUrl, person));
  const admin = DEMO_PEOPLE[0] as DemoPerson;
  await dataSource.transaction((manager) =>
    setPlatformAdmin({ manager, email: admin.email, isPlatformAdmin: true, via: 'seed' }),
  );
  const adminClient = await signIn(apiUrl, admin); // a new session carries the new right
  for (const organization of DEMO_ORGANIZATIONS) {
    const owner = people.get(organization.owner) as SeedClient;
    const id =
      (await owner.organizationNamed(organization.name)) ?? (await owner.createOrganization(organization));
    if (organization.verified) await adminClient.verifyOrganization(id);
    for (const [key, role] of Object.entries(organization.members) as [string, MembershipRole][]) {
      const member = DEMO_PEOPLE.find((p) => p.key === key) as DemoPerson;
      await owner.addMember(id, member.email, role, people.get(key) as SeedClient);
    }
  }
  const today = new Date();
  for (const election of DEMO_ELECTIONS) {
    const creator = people.get(election.creator) as SeedClient;
    if (await creator.electionNamed(election.name)) continue;
    const authorityId = await creator.organizationNamed(election.authority);
    if (!authorityId) throw new Error(`${election.creator} is not a member of ${election.authority}`);
    await creator.createElection(election, authorityId, today);
  }
  await seedRelationship(people);
  await seedConsultation(people, today);
  await seedReview(people, today);
}

/** The id of something the demo made before: a missing one means the demo data is inconsistent. */
function required(id: string | null, what: string): string {
  if (!id) throw new Error(`the demo has no ${what}`);
  return id;
}

async function seedRelationship(people: Map<string, SeedClient>): Promise<void> {
  const relationship = DEMO_RELATIONSHIP;
  const proposer = people.get(relationship.proposer) as SeedClient;
  const acceptor = people.get(relationship.acceptor) as SeedClient;
  const fromId = required(await proposer.organizationNamed(relationship.from), relationship.from);
  const toId = required(await acceptor.organizationNamed(relationship.to), relationship.to);
  if (await proposer.hasRelationship(fromId, toId)) return;
  const electionId = required(await proposer.electionNamed(relationship.election), relationship.election);
  const id = await proposer.proposeRelationship({
    fromOrganizationId: fromId,
    toOrganizationId: toId,
    electionId,
    note: relationship.note,
  });
  await acceptor.acceptRelationship(id);
  for (const contact of relationship.contacts) {
    const adder = people.get(contact.addedBy) as SeedClient;
    const organizationId = contact.organization === relationship.from ? fromId : toId;
    await adder.addContactPoint(id, organizationId, contact);
  }
  const { addedBy, daysAfterElectionDay, reason } = relationship.blackoutWindow;
  const authority = people.get(addedBy) as SeedClient;
  const electionDay = new Date(`${await authority.electionDay(electionId)}T12:00:00Z`);
  const day = (offset: number) =>
    new Date(electionDay.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  await authority.addBlackoutWindow({
    electionId,
    startsOn: day(daysAfterElectionDay[0]),
    endsOn: day(daysAfterElectionDay[1]),
    reason,
  });
}

async function seedConsultation(people: Map<string, SeedClient>, today: Date): Promise<void> {
  const consultation = DEMO_CONSULTATION;
  const convenor = people.get(consultation.creator) as SeedClient;
  if (await convenor.consultationTitled(consultation.title)) return;
  const invited: string[] = [];
  for (const name of consultation.invited)
    invited.push(required(await convenor.organizationIdInDirectory(name), name));
  const opened = await convenor.openConsultation(
    consultation,
    {
      convenor: required(await convenor.organizationNamed(consultation.convenor), consultation.convenor),
      election: required(await convenor.electionNamed(consultation.election), consultation.election),
      invited,
    },
    today,
  );
  const { brief } = consultation;
  const author = people.get(brief.author) as SeedClient;
  await author.submitBrief(brief, {
    consultation: opened.id,
    organization: required(await author.organizationNamed(brief.organization), brief.organization),
    questions: opened.questionIds,
  });
}

async function seedReview(people: Map<string, SeedClient>, today: Date): Promise<void> {
  const review = DEMO_REVIEW;
  const creator = people.get(review.creator) as SeedClient;
  if (await creator.hasReviewTitled(review.title)) return;
  const coAuthors: string[] = [];
  for (const name of review.coAuthors)
    coAuthors.push(required(await creator.organizationIdInDirectory(name), name));
  await creator.createReview(
    review,
    {
      owner: required(await creator.organizationNamed(review.owner), review.owner),
      coAuthors,
      election: required(await creator.electionNamed(review.election), review.election),
      recommendationOwner: required(
        await creator.organizationIdInDirectory(review.recommendation.owner),
        review.recommendation.owner,
      ),
    },
    today,
  );
}

async function signIn(url: string, person: DemoPerson): Promise<SeedClient> {
  const client = new SeedClient(url);
  await client.signUpOrIn({
    email: person.email,
    displayName: person.displayName,
    password: DEMO_PASSWORD,
    locale: person.locale,
  });
  return client;
}
