import { MembershipRole } from '@ecw/domain';
import { ElectionFactory, addBlackoutWindow, daysFromToday } from '../../factories/election.factory.js';
import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { relationshipPair } from '../../factories/relationship.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes } from '../../support/test-client.js';

const CREATE = `mutation ($input: CreateCalendarFeedInput!) { createCalendarFeed(input: $input) { id url } }`;
const REVOKE = `mutation ($input: RevokeCalendarFeedInput!) { revokeCalendarFeed(input: $input) }`;
const SCHEDULE = `mutation ($input: ScheduleEngagementInput!) { scheduleEngagement(input: $input) { id } }`;
const REMOVE_MEMBER = `mutation ($membershipId: ID!) { removeMember(membershipId: $membershipId) }`;

describe('calendar feeds: private, revocable iCalendar addresses for an organisation or an election', () => {
  let t: TestApi;
  let platformAdmin: Person;

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
  });
  afterAll(() => t.close());

  const fetchFeed = (url: string) => fetch(url, { headers: { accept: '*/*' } });

  it('serves milestones and blackout windows as all-day events and engagements as timed ones; revoking ends it', async () => {
    const pair = await relationshipPair(t, platformAdmin);
    const authorityMember = pair.authority.withRole(MembershipRole.MEMBER);
    const election = await ElectionFactory.create({
      authorityOrganizationId: pair.authority.organization.id,
      milestones: [
        {
          kind: 'ELECTION_DAY' as never,
          title: 'Polling day',
          startsOn: daysFromToday(120),
          endsOn: daysFromToday(120),
        },
      ],
    }).createBy(authorityMember.client);
    await addBlackoutWindow(authorityMember.client, election.id, daysFromToday(100), daysFromToday(101));
    await authorityMember.client.ok(SCHEDULE, {
      input: {
        electionId: election.id,
        kind: 'BRIEFING',
        title: 'Platform briefing',
        startsAt: '2027-01-05T09:00:00Z',
        endsAt: '2027-01-05T10:00:00Z',
        organizationIds: [pair.authority.organization.id, pair.company.organization.id],
      },
    });
    // The same election, without the company: its feed must not show this one.
    await authorityMember.client.ok(SCHEDULE, {
      input: {
        electionId: election.id,
        kind: 'INCIDENT_DRILL',
        title: 'Authority-only drill',
        startsAt: '2027-01-06T09:00:00Z',
        endsAt: '2027-01-06T10:00:00Z',
        organizationIds: [pair.authority.organization.id],
      },
    });

    const organizationFeed = await pair.company
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ createCalendarFeed: { id: string; url: string } }>(CREATE, {
        input: { organizationId: pair.company.organization.id },
      });
    expect(organizationFeed.createCalendarFeed.url).toMatch(/\/calendar\/ecwc_[\w-]+\.ics$/);
    const response = await fetchFeed(organizationFeed.createCalendarFeed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const body = await response.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('SUMMARY:Platform briefing');
    expect(body).not.toContain('Authority-only drill');
    expect(body).toContain('DTSTART:20270105T090000Z');
    expect(body).toContain(`SUMMARY:${election.name}: Polling day`);
    expect(body).toContain(`DTSTART;VALUE=DATE:${daysFromToday(100).replaceAll('-', '')}`);
    // DTEND of an all-day event is the day after its last day.
    expect(body).toContain(`DTEND;VALUE=DATE:${daysFromToday(102).replaceAll('-', '')}`);

    const electionFeed = await platformAdmin.client.ok<{ createCalendarFeed: { url: string } }>(CREATE, {
      input: { electionId: election.id },
    });
    const publicBody = await (await fetchFeed(electionFeed.createCalendarFeed.url)).text();
    expect(publicBody).toContain('Polling day');
    expect(publicBody).not.toContain('Platform briefing');
    expect(publicBody).not.toContain('Authority-only drill');

    const notMine = await authorityMember.client.gql(REVOKE, {
      input: { id: organizationFeed.createCalendarFeed.id },
    });
    expect(errorCodes(notMine.errors)).toEqual(['NOT_FOUND']);
    await pair.company
      .withRole(MembershipRole.VIEWER)
      .client.ok(REVOKE, { input: { id: organizationFeed.createCalendarFeed.id } });
    expect((await fetchFeed(organizationFeed.createCalendarFeed.url)).status).toBe(404);
    expect((await fetchFeed(`${t.url}/calendar/ecwc_guessed.ics`)).status).toBe(404);
  });

  it('shows an authority the timeline of the elections it runs, with no engagement or relationship yet', async () => {
    const pair = await relationshipPair(t, platformAdmin);
    const authorityMember = pair.authority.withRole(MembershipRole.MEMBER);
    const election = await ElectionFactory.create({
      authorityOrganizationId: pair.authority.organization.id,
      milestones: [
        {
          kind: 'VOTER_REGISTRATION' as never,
          title: 'Voter registration',
          startsOn: daysFromToday(60),
          endsOn: daysFromToday(70),
        },
      ],
    }).createBy(authorityMember.client);
    await addBlackoutWindow(authorityMember.client, election.id, daysFromToday(90), daysFromToday(91));

    const feed = await pair.authority
      .withRole(MembershipRole.VIEWER)
      .client.ok<{ createCalendarFeed: { url: string } }>(CREATE, {
        input: { organizationId: pair.authority.organization.id },
      });
    const body = await (await fetchFeed(feed.createCalendarFeed.url)).text();
    expect(body).toContain(`SUMMARY:${election.name}: Voter registration`);
    expect(body).toContain(`SUMMARY:${election.name}: blackout`);

    // The company has no part in that election: its calendar stays without it.
    const companyFeed = await pair.company.owner.client.ok<{ createCalendarFeed: { url: string } }>(CREATE, {
      input: { organizationId: pair.company.organization.id },
    });
    expect(await (await fetchFeed(companyFeed.createCalendarFeed.url)).text()).not.toContain(election.name);
  });

  it('refuses an organisation feed to non-members, and stops serving one whose owner left', async () => {
    const pair = await relationshipPair(t, platformAdmin);
    const refused = await platformAdmin.client.gql(CREATE, {
      input: { organizationId: pair.company.organization.id },
    });
    expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
    const leaving = pair.company.withRole(MembershipRole.MEMBER);
    const feed = await leaving.client.ok<{ createCalendarFeed: { url: string } }>(CREATE, {
      input: { organizationId: pair.company.organization.id },
    });
    expect((await fetchFeed(feed.createCalendarFeed.url)).status).toBe(200);
    await pair.company.owner.client.ok(REMOVE_MEMBER, { membershipId: leaving.membershipId });
    expect((await fetchFeed(feed.createCalendarFeed.url)).status).toBe(404);
  });
});
