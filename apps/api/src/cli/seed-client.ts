import { MembershipRole } from '@ecw/domain';
import {
  type DemoBrief,
  type DemoConsultation,
  type DemoContactPoint,
  type DemoElection,
  type DemoOrganization,
  type DemoReview,
} from './seed-data.js';
import { writeReviewText } from './seed-review-text.js';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A signed-in person driving the API over HTTP, as the web app does (session cookie, same origin). */
export class SeedClient {
  private cookie = '';

  constructor(private readonly url: string) {}

  async signUpOrIn(person: {
    email: string;
    displayName: string;
    password: string;
    locale: string;
  }): Promise<void> {
    const signedUp = await this.request(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`,
      { input: { ...person, timeZone: 'UTC' } },
    );
    if (!signedUp.errors) return;
    if (signedUp.errors[0]?.extensions?.code !== 'CONFLICT') throw new Error(describe(signedUp));
    await this.call(`mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`, {
      input: { email: person.email, password: person.password },
    });
  }

  /** The id of an organisation of this person's with that name, if the demo made it before. */
  async organizationNamed(name: string): Promise<string | null> {
    const data = await this.call<{ me: { memberships: { organization: { id: string; name: string } }[] } }>(
      `{ me { memberships { organization { id name } } } }`,
    );
    return data.me.memberships.find((m) => m.organization.name === name)?.organization.id ?? null;
  }

  /** The id of a directory organisation with exactly that name (another's, to invite or name). */
  async organizationIdInDirectory(name: string): Promise<string | null> {
    const data = await this.call<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
      `query ($filter: OrganizationFilter) { organizations(first: 100, filter: $filter) { edges { node { id name } } } }`,
      { filter: { search: name } },
    );
    return data.organizations.edges.find((edge) => edge.node.name === name)?.node.id ?? null;
  }

  async createOrganization(organization: DemoOrganization): Promise<string> {
    const { name, kind, countryCodes, website } = organization;
    const data = await this.call<{ createOrganization: { id: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name, kind, countryCodes, website } },
    );
    return data.createOrganization.id;
  }

  /** The id of the election with exactly that name, if the demo made it before. */
  async electionNamed(name: string): Promise<string | null> {
    const data = await this.call<{ elections: { edges: { node: { id: string; name: string } }[] } }>(
      `query ($filter: ElectionFilter) { elections(first: 100, filter: $filter) { edges { node { id name } } } }`,
      { filter: { search: name } },
    );
    return data.elections.edges.find((edge) => edge.node.name === name)?.node.id ?? null;
  }

  async createElection(
    election: DemoElection,
    authorityOrganizationId: string,
    today: Date,
  ): Promise<string> {
    const { name, countryCode, type, timeZone, daysFromSeeding } = election;
    const electionDay = new Date(today.getTime() + daysFromSeeding * 86_400_000).toISOString().slice(0, 10);
    const data = await this.call<{ createElection: { id: string } }>(
      `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
      { input: { name, countryCode, type, timeZone, electionDay, authorityOrganizationId } },
    );
    return data.createElection.id;
  }

  /** The id of a consultation this person can see with exactly that title, if the demo made it before. */
  async consultationTitled(title: string): Promise<string | null> {
    const data = await this.call<{ consultations: { edges: { node: { id: string; title: string } }[] } }>(
      `{ consultations(first: 100) { edges { node { id title } } } }`,
    );
    return data.consultations.edges.find((edge) => edge.node.title === title)?.node.id ?? null;
  }

  /** Creates, invites and opens it; returns its id and its questions' ids in order. */
  async openConsultation(
    consultation: DemoConsultation,
    ids: { convenor: string; election: string; invited: string[] },
    today: Date,
  ): Promise<{ id: string; questionIds: string[] }> {
    const { title, description, countryCodes, questions, closesInDays } = consultation;
    const created = await this.call<{
      createConsultation: { id: string; questions: { id: string; position: number }[] };
    }>(
      `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id questions { id position } } }`,
      {
        input: {
          convenorOrganizationId: ids.convenor,
          title,
          description,
          electionId: ids.election,
          countryCodes,
          attributionRule: 'CHATHAM_HOUSE',
          briefVisibility: 'ALL_PARTICIPANTS',
          closesAt: new Date(today.getTime() + closesInDays * 86_400_000).toISOString(),
          questions,
        },
      },
    );
    const { id } = created.createConsultation;
    await this.call(
      `mutation ($id: ID!, $organizations: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $organizations) { id } }`,
      { id, organizations: ids.invited },
    );
    await this.call(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, { id });
    const questionIds = [...created.createConsultation.questions]
      .sort((a, b) => a.position - b.position)
      .map((question) => question.id);
    return { id, questionIds };
  }

  async submitBrief(
    brief: DemoBrief,
    ids: { consultation: string; organization: string; questions: string[] },
  ): Promise<void> {
    const { title, summary, body, topics, riskLevel, regions, languages, answers } = brief;
    const created = await this.call<{ createBrief: { id: string } }>(
      `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id } }`,
      {
        input: {
          consultationId: ids.consultation,
          organizationId: ids.organization,
          title,
          summary,
          body,
          topics,
          riskLevel,
          regions,
          languages,
          answers: answers.map((text, index) => ({ questionId: ids.questions[index], text })),
        },
      },
    );
    await this.call(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id: created.createBrief.id });
  }

  /** Whether this person can see a review with exactly that title (the demo made it before). */
  async hasReviewTitled(title: string): Promise<boolean> {
    const data = await this.call<{ reviewReports: { edges: { node: { title: string } }[] } }>(
      `{ reviewReports(first: 100) { edges { node { title } } } }`,
    );
    return data.reviewReports.edges.some((edge) => edge.node.title === title);
  }

  /**
   * Creates it with the standard debrief sections, writes its text in them through /collab as this
   * person's editor, freezes a version of it, and adds its recommendation.
   */
  async createReview(
    review: DemoReview,
    ids: { owner: string; coAuthors: string[]; election: string; recommendationOwner: string },
    today: Date,
  ): Promise<void> {
    const created = await this.call<{ createReviewReport: { id: string } }>(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { id } }`,
      {
        input: {
          title: review.title,
          ownerOrganizationId: ids.owner,
          coAuthorOrganizationIds: ids.coAuthors,
          electionId: ids.election,
        },
      },
    );
    const reportId = created.createReviewReport.id;
    await this.writeReview(reportId, review.text);
    await this.call(
      `mutation ($reportId: ID!, $label: String!) { createReviewVersion(reportId: $reportId, label: $label) { id } }`,
      {
        reportId,
        label: review.version,
      },
    );
    const { text, dueInDays } = review.recommendation;
    await this.call(
      `mutation ($input: AddRecommendationInput!) { addRecommendation(input: $input) { id } }`,
      {
        input: {
          reportId,
          text,
          ownerOrganizationId: ids.recommendationOwner,
          dueOn: new Date(today.getTime() + dueInDays * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
  }

  /** Each section's paragraphs, in the sections' order, into the report's live document. */
  private async writeReview(reportId: string, text: readonly string[][]): Promise<void> {
    const data = await this.call<{
      reviewReport: { collabDocument: string; sections: { id: string }[] };
    }>(`query ($id: ID!) { reviewReport(id: $id) { collabDocument sections { id } } }`, { id: reportId });
    const { collabDocument, sections } = data.reviewReport;
    if (sections.length !== text.length)
      throw new Error(`the demo review has ${sections.length} sections, and text for ${text.length}`);
    await writeReviewText(
      this.url,
      this.cookie,
      collabDocument,
      sections.map((section, index) => ({ sectionId: section.id, paragraphs: text[index] ?? [] })),
    );
  }

  /** Whether this organisation already has a relationship with the other (in any state). */
  async hasRelationship(organizationId: string, otherId: string): Promise<boolean> {
    const data = await this.call<{ relationships: { organizations: { id: string }[] }[] }>(
      `query ($id: ID!) { relationships(organizationId: $id) { organizations { id } } }`,
      { id: organizationId },
    );
    return data.relationships.some((r) => r.organizations.some((o) => o.id === otherId));
  }

  async proposeRelationship(input: {
    fromOrganizationId: string;
    toOrganizationId: string;
    electionId: string;
    note: string;
  }): Promise<string> {
    const data = await this.call<{ proposeRelationship: { id: string } }>(
      `mutation ($input: ProposeRelationshipInput!) { proposeRelationship(input: $input) { id } }`,
      { input },
    );
    return data.proposeRelationship.id;
  }

  async acceptRelationship(id: string): Promise<void> {
    await this.call(`mutation ($id: ID!) { acceptRelationship(id: $id) { id } }`, { id });
  }

  async addContactPoint(
    relationshipId: string,
    organizationId: string,
    contact: DemoContactPoint,
  ): Promise<void> {
    const { name, title, channels, languages, timeZone, availability } = contact;
    await this.call(`mutation ($input: AddContactPointInput!) { addContactPoint(input: $input) { id } }`, {
      input: {
        relationshipId,
        organizationId,
        name,
        title,
        channels,
        languages,
        timeZone,
        availability,
        escalationTier: 'CRITICAL',
      },
    });
  }

  /** Election day (YYYY-MM-DD) of an election this person can see. */
  async electionDay(electionId: string): Promise<string> {
    const data = await this.call<{ election: { electionDay: string } }>(
      `query ($id: ID!) { election(id: $id) { electionDay } }`,
      { id: electionId },
    );
    return data.election.electionDay;
  }

  async addBlackoutWindow(input: {
    electionId: string;
    startsOn: string;
    endsOn: string;
    reason: string;
  }): Promise<void> {
    await this.call(
      `mutation ($input: AddBlackoutWindowInput!) { addBlackoutWindow(input: $input) { id } }`,
      {
        input,
      },
    );
  }

  async verifyOrganization(id: string): Promise<void> {
    await this.call(`mutation ($id: ID!) { verifyOrganization(id: $id) { id } }`, { id });
  }

  /** Invites and accepts on the member's behalf, unless they already belong. */
  async addMember(
    organizationId: string,
    email: string,
    role: MembershipRole,
    member: SeedClient,
  ): Promise<void> {
    const existing = await member.organizationIds();
    if (existing.includes(organizationId)) return;
    const invitation = await this.call<{ inviteMember: { acceptToken: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptToken } }`,
      { input: { organizationId, email, role } },
    );
    await member.call(`mutation ($token: String!) { acceptInvitation(token: $token) { id } }`, {
      token: invitation.inviteMember.acceptToken,
    });
  }

  private async organizationIds(): Promise<string[]> {
    const data = await this.call<{ me: { memberships: { organization: { id: string } }[] } }>(
      `{ me { memberships { organization { id } } } }`,
    );
    return data.me.memberships.map((m) => m.organization.id);
  }

  private async call<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await this.request<T>(query, variables);
    if (answer.errors || !answer.data) throw new Error(describe(answer));
    return answer.data;
  }

  private async request<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.includes('ecw_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return (await response.json()) as GraphQLAnswer<T>;
  }
}

function describe(answer: GraphQLAnswer<unknown>): string {
  return `the API refused a demo step: ${(answer.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`;
}
