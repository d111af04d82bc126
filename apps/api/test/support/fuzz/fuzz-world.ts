import { MembershipRole, MilestoneKind, OrganizationKind } from '@ecw/domain';
import { AccountFactory } from '../../factories/account.factory.js';
import { BriefFactory, ConsultationFactory } from '../../factories/consultation.factory.js';
import { ContactPointFactory } from '../../factories/contact-point.factory.js';
import { ElectionFactory, addBlackoutWindow } from '../../factories/election.factory.js';
import { NotificationFactory } from '../../factories/notification.factory.js';
import {
  OrganizationFactory,
  addMember,
  signUpPerson,
  verifyOrganization,
  type Person,
} from '../../factories/organization.factory.js';
import { acceptRelationship, proposeRelationship } from '../../factories/relationship.factory.js';
import { ReviewReportFactory } from '../../factories/review.factory.js';
import { type TestApi } from '../test-api.js';
import { type TestClient } from '../test-client.js';

/** What the fuzzer acts as: the world's first account (so also the platform admin), in sudo mode. */
export interface FuzzWorld {
  fuzzer: Person;
}

const INVITE_TO_CONSULTATION = `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`;
const OPEN_CONSULTATION = `mutation ($id: ID!) { openConsultation(id: $id) { id } }`;
const INVITE_MEMBER = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

async function verifiedOrganization(
  owner: TestClient,
  admin: TestClient,
  kind: OrganizationKind,
): Promise<string> {
  const { id } = await OrganizationFactory.create({ kind }).createBy(owner);
  await verifyOrganization(admin, id);
  return id;
}

/**
 * A small world of real rows the fuzzer may act on, made through the API with the builder factories
 * like any integration test's data, so that fuzzed ids reach past NOT_FOUND into the rules, the
 * validation and the SQL behind them. The fuzzer owns a tech company (with a MEMBER and a pending
 * invitation), an election authority (with an election, a milestone and a blackout window) and a
 * civil-society group; a partner owns two organisations of its own. Between them: an accepted
 * relationship with contact points on both sides and a pending one for the fuzzer to accept, an
 * invitation the fuzzer received, a DRAFT and an OPEN consultation with questions, briefs (draft and
 * submitted, the fuzzer's and the partner's) and a comment, two review reports (one with a version,
 * one in sign-off) with sections and a recommendation, calendar feeds, an API token, a second
 * session and notifications. The fuzzer's session is in sudo mode (the password entered just now).
 */
export async function buildFuzzWorld(t: TestApi): Promise<FuzzWorld> {
  // The first account of a fresh database is the platform admin: the fuzzer signs up first.
  const fuzzer = await signUpPerson(t);
  const partner = await signUpPerson(t);
  const me = fuzzer.client;
  const them = partner.client;

  const company = await verifiedOrganization(me, me, OrganizationKind.TECH_COMPANY);
  const authority = await verifiedOrganization(me, me, OrganizationKind.ELECTION_AUTHORITY);
  const group = await verifiedOrganization(me, me, OrganizationKind.CIVIL_SOCIETY);
  const partnerAuthority = await verifiedOrganization(them, me, OrganizationKind.ELECTION_AUTHORITY);
  const partnerGroup = await verifiedOrganization(them, me, OrganizationKind.CIVIL_SOCIETY);

  // Memberships and invitations: a MEMBER of the company, one pending invitation sent, one received.
  await addMember(t, company, me, MembershipRole.MEMBER);
  await me.ok(INVITE_MEMBER, {
    input: { organizationId: company, email: AccountFactory.create().build().email, role: 'VIEWER' },
  });
  await them.ok(INVITE_MEMBER, {
    input: { organizationId: partnerAuthority, email: fuzzer.email, role: 'MEMBER' },
  });

  // Planning: an election the fuzzer's authority runs, relationships, contact points on both sides.
  const election = await ElectionFactory.create({
    authorityOrganizationId: authority,
    milestones: [
      { kind: MilestoneKind.OTHER, title: 'Ballot printing', startsOn: '2027-01-10', endsOn: '2027-01-12' },
    ],
  }).createBy(me);
  await addBlackoutWindow(me, election.id, '2027-01-10', '2027-01-10');
  const relationship = await proposeRelationship(me, company, partnerAuthority, { electionId: election.id });
  await acceptRelationship(them, relationship.id);
  await ContactPointFactory.create().addBy(me, relationship.id, company);
  await ContactPointFactory.create().addBy(me, relationship.id, company);
  await ContactPointFactory.create().addBy(them, relationship.id, partnerAuthority);
  await proposeRelationship(them, partnerGroup, authority);

  // Consultations convened by the company: an OPEN one (the fuzzer's group and the partner's invited,
  // briefs from both, a comment) and a DRAFT one.
  const open = await ConsultationFactory.create({ electionId: election.id }).createBy(me, company);
  await me.ok(INVITE_TO_CONSULTATION, { id: open.id, ids: [group, partnerGroup] });
  await me.ok(OPEN_CONSULTATION, { id: open.id });
  const answers = open.questions.map((question) => ({ questionId: question.id, text: 'The north.' }));
  await BriefFactory.create({ answers }).createBy(me, open.id, group);
  await BriefFactory.create().submitBy(me, open.id, group);
  const theirs = await BriefFactory.create().submitBy(them, open.id, partnerGroup);
  await me.ok(`mutation ($id: ID!) { addBriefComment(briefId: $id, body: "Thank you") { id } }`, {
    id: theirs.id,
  });
  const draft = await ConsultationFactory.create().createBy(me, company);
  await me.ok(INVITE_TO_CONSULTATION, { id: draft.id, ids: [group] });

  // Reviews: one report with a frozen version and a recommendation, one in sign-off.
  const report = await ReviewReportFactory.for(company, {
    coAuthorOrganizationIds: [group, partnerGroup],
  }).createBy(me);
  await me.ok(`mutation ($id: ID!) { createReviewVersion(reportId: $id, label: "v1") { id } }`, {
    id: report.id,
  });
  await me.ok(`mutation ($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }`, {
    input: { reportId: report.id, text: 'Name contact points a year ahead', ownerOrganizationId: company },
  });
  const signing = await ReviewReportFactory.for(company, { coAuthorOrganizationIds: [group] }).createBy(me);
  const frozen = await me.ok<{ createReviewVersion: { id: string } }>(
    `mutation ($id: ID!) { createReviewVersion(reportId: $id, label: "final") { id } }`,
    { id: signing.id },
  );
  await me.ok(`mutation ($id: ID!) { requestSignOff(versionId: $id) { id } }`, {
    id: frozen.createReviewVersion.id,
  });

  // The account itself: calendar feeds, an API token, another session, notifications, sudo mode.
  const FEED = `mutation ($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { id } }`;
  await me.ok(FEED, { input: { organizationId: company } });
  await me.ok(FEED, { input: { electionId: election.id } });
  await me.ok(`mutation { createApiToken(name: "fuzz script") { secret } }`);
  await t.client().ok(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
    input: { email: fuzzer.email, password: fuzzer.password },
  });
  for (let index = 0; index < 2; index++) await NotificationFactory.for(fuzzer.userId).notify(t);
  await me.ok(`mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }`, {
    input: { password: fuzzer.password },
  });
  return { fuzzer };
}
