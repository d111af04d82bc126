import { randomBytes } from 'node:crypto';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Person {
  email: string;
  displayName: string;
  password: string;
}

/**
 * A new person for one test: a unique address, so tests never share accounts and can run in
 * any order. `name` is what the screens show; the address is derived from it.
 */
export function newPerson(displayName: string): Person {
  const handle = displayName.toLowerCase().replace(/[^a-z]+/g, '.');
  return {
    email: `${handle}.${randomBytes(4).toString('hex')}@ballot-watch.example`,
    displayName,
    password: `a quiet lake at dawn ${randomBytes(3).toString('hex')}`,
  };
}

export interface OrganizationDraft {
  name: string;
  kind: string;
  countryCodes: string[];
  website?: string;
}

/**
 * One signed-in person driving the API over HTTP as the web app does (session cookie, same
 * origin). Tests make their data through it, then open the screens that show it.
 */
export class ApiClient {
  private cookie = '';

  private constructor(private readonly url: string) {}

  /** Signs the person up (English, UTC unless said otherwise) and keeps their session. */
  static async signUp(url: string, person: Person, locale = 'en'): Promise<ApiClient> {
    const client = new ApiClient(url);
    await client.call(`mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`, {
      input: { ...person, locale, timeZone: 'UTC' },
    });
    return client;
  }

  /** The session cookie, for a browser context that should be this person, signed in. */
  get sessionCookie(): { name: string; value: string } {
    const [name = '', value = ''] = this.cookie.split('=');
    return { name, value };
  }

  async createOrganization(draft: OrganizationDraft): Promise<string> {
    const data = await this.call<{ createOrganization: { id: string } }>(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: draft },
    );
    return data.createOrganization.id;
  }

  /** Invites an address; returns the one-time token of the accept link. */
  async invite(organizationId: string, email: string, role = 'MEMBER'): Promise<string> {
    const data = await this.call<{ inviteMember: { acceptToken: string } }>(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptToken } }`,
      { input: { organizationId, email, role } },
    );
    return data.inviteMember.acceptToken;
  }

  async acceptInvitation(token: string): Promise<void> {
    await this.call(`mutation ($token: String!) { acceptInvitation(token: $token) { id } }`, { token });
  }

  async createApiToken(name: string): Promise<void> {
    await this.call(`mutation ($name: String!) { createApiToken(name: $name) { secret } }`, { name });
  }

  /** Any operation, as this person; for set-up steps without a helper of their own. */
  async call<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.includes('ecw_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const answer = (await response.json()) as GraphQLAnswer<T>;
    if (answer.errors || !answer.data) {
      const reasons = (answer.errors ?? []).map((error) => `${error.extensions?.code}: ${error.message}`);
      throw new Error(`The API refused a test's set-up step: ${reasons.join('; ')}`);
    }
    return answer.data;
  }
}
