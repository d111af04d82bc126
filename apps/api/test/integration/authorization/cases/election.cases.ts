import { OrganizationKind } from '@ecw/domain';
import { ElectionFactory, addBlackoutWindow } from '../../../factories/election.factory.js';
import { allowed, allowedIn, refused, refusedIn, signedOut, type Matrix } from '../case.js';
import { type Stage, type StagedOrganization } from '../stage.js';

const ELECTION = `query ($id: ID!) { election(id: $id) { id name } }`;
const ELECTIONS = `query ($filter: ElectionFilter) { elections(filter: $filter) { totalCount } }`;
const CREATE = `mutation ($input: CreateElectionInput!) { createElection(input: $input) { name } }`;
const ADD_MILESTONE = `mutation ($electionId: ID!, $input: MilestoneInput!) { addMilestone(electionId: $electionId, input: $input) { title } }`;
const ADD_BLACKOUT = `mutation ($input: AddBlackoutWindowInput!) { addBlackoutWindow(input: $input) { reason } }`;
const SCHEDULE = `mutation ($input: ScheduleEngagementInput!) { scheduleEngagement(input: $input) { title } }`;

const AUTHORITY = { verified: true, kind: OrganizationKind.ELECTION_AUTHORITY };
const MILESTONE = { kind: 'OTHER', title: 'Ballot printing', startsOn: '2027-01-10', endsOn: '2027-01-12' };

/** An election the staged authority runs, created by its owner. */
const electionOf = (o: StagedOrganization, s: Stage) =>
  ElectionFactory.create({ authorityOrganizationId: o.id }).createBy(s.person('owner').client);

const addMilestone = async (o: StagedOrganization, s: Stage) => ({
  query: ADD_MILESTONE,
  variables: { electionId: (await electionOf(o, s)).id, input: MILESTONE },
});
const addBlackout = async (o: StagedOrganization, s: Stage) => ({
  query: ADD_BLACKOUT,
  variables: {
    input: {
      electionId: (await electionOf(o, s)).id,
      startsOn: '2027-01-10',
      endsOn: '2027-01-10',
      reason: 'Printing',
    },
  },
});
const schedule = async (o: StagedOrganization, s: Stage) => {
  const election = await electionOf(o, s);
  await addBlackoutWindow(s.person('owner').client, election.id, '2027-01-10', '2027-01-10');
  return {
    query: SCHEDULE,
    variables: {
      input: {
        electionId: election.id,
        kind: 'BRIEFING',
        title: 'Briefing',
        startsAt: '2027-01-09T08:00:00Z',
        endsAt: '2027-01-09T09:00:00Z',
        organizationIds: [o.id],
      },
    },
  };
};
const create = (o: StagedOrganization) => ({
  query: CREATE,
  variables: {
    input: ElectionFactory.create({ name: 'Staged election', authorityOrganizationId: o.id }).build(),
  },
});
const titled = (title: string) => (value: unknown) => expect(value).toEqual({ title });

/** Elections are the public calendar; the authority alone writes its timeline; engagements need a part in them. */
export const electionCases: Matrix = {
  'Query.election': {
    allowed: [
      allowedIn(
        'stranger',
        'anyone signed in reads any election',
        async (o, s) => ({ query: ELECTION, variables: { id: (await electionOf(o, s)).id } }),
        (value) => expect(value).toEqual({ id: expect.any(String), name: expect.any(String) }),
        AUTHORITY,
      ),
    ],
    refused: [
      refused('stranger', 'an unknown id is null + NOT_FOUND', 'NOT_FOUND', {
        query: ELECTION,
        variables: { id: '00000000-0000-4000-8000-000000000000' },
      }),
      signedOut({ query: ELECTION, variables: { id: '00000000-0000-4000-8000-000000000000' } }),
    ],
  },
  'Query.elections': {
    allowed: [
      allowed('stranger', 'anyone signed in lists the calendar', { query: ELECTIONS }, (value) =>
        expect(value).toEqual({ totalCount: expect.any(Number) }),
      ),
    ],
    refused: [signedOut({ query: ELECTIONS })],
  },
  'Mutation.createElection': {
    allowed: [
      allowedIn(
        'member',
        'a MEMBER of a verified authority creates one it runs',
        create,
        (value) => expect(value).toEqual({ name: 'Staged election' }),
        AUTHORITY,
      ),
    ],
    refused: [
      refusedIn('viewer', 'a VIEWER of the authority may not', 'FORBIDDEN', create, AUTHORITY),
      refused('stranger', 'without a verified organisation, no one may', 'FORBIDDEN', {
        query: CREATE,
        variables: { input: ElectionFactory.create().build() },
      }),
      signedOut({ query: CREATE, variables: { input: ElectionFactory.create().build() } }),
    ],
  },
  'Mutation.addMilestone': {
    allowed: [
      allowedIn(
        'member',
        'a MEMBER of the authority adds one',
        addMilestone,
        titled(MILESTONE.title),
        AUTHORITY,
      ),
    ],
    refused: [
      refusedIn('viewer', 'a VIEWER of the authority may not', 'FORBIDDEN', addMilestone, AUTHORITY),
      refusedIn('stranger', 'someone outside the authority may not', 'FORBIDDEN', addMilestone, AUTHORITY),
    ],
  },
  'Mutation.addBlackoutWindow': {
    allowed: [
      allowedIn(
        'admin',
        'an ADMIN of the authority sets one',
        addBlackout,
        (value) => expect(value).toEqual({ reason: 'Printing' }),
        AUTHORITY,
      ),
    ],
    refused: [
      refusedIn('viewer', 'a VIEWER of the authority may not', 'FORBIDDEN', addBlackout, AUTHORITY),
      refusedIn('stranger', 'someone outside the authority may not', 'FORBIDDEN', addBlackout, AUTHORITY),
    ],
  },
  'Mutation.scheduleEngagement': {
    allowed: [
      allowedIn(
        'apiToken',
        'a MEMBER’s token schedules one its organisation takes part in',
        schedule,
        titled('Briefing'),
        AUTHORITY,
      ),
    ],
    refused: [
      refusedIn(
        'viewer',
        'a VIEWER of the organisation taking part may not',
        'FORBIDDEN',
        schedule,
        AUTHORITY,
      ),
      refusedIn(
        'stranger',
        'someone outside the organisations taking part may not',
        'FORBIDDEN',
        schedule,
        AUTHORITY,
      ),
    ],
  },
};
