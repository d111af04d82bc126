import { AccountFactory } from '../../factories/account.factory.js';
import { OrganizationFactory, signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const TOKENS = `query ($first: Int, $after: String) { apiTokens(first: $first, after: $after) { id name } }`;
const SESSIONS = `query ($first: Int, $after: String) { sessions(first: $first, after: $after) { id } }`;
const MEMBERSHIPS = `query ($first: Int, $after: String) {
  me { memberships(first: $first, after: $after) { id organization { name } } }
}`;
const CREATE_TOKEN = `mutation ($name: String!) { createApiToken(name: $name) { apiToken { id } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;

function fieldsOf(result: GqlResult): unknown {
  const errors = result.errors?.[0]?.extensions?.['fieldErrors'] as { field: string }[] | undefined;
  return { codes: errorCodes(result.errors), fields: errors?.map((error) => error.field) };
}

/**
 * The contract returns these as plain lists; `first` (at most 100) and `after` (the id of the last
 * item already seen) bound them, given inline or as variables alike.
 */
describe('first/after on the plain lists of the contract', () => {
  let t: TestApi;
  let person: Person;
  beforeAll(async () => {
    t = await startTestApi();
    await signUpPerson(t); // the platform admin
    person = await signUpPerson(t);
  });
  afterAll(() => t.close());

  it('pages apiTokens newest first, and a cursor from another account gives nothing', async () => {
    for (const name of ['one', 'two', 'three']) await person.client.ok(CREATE_TOKEN, { name });
    const all = await person.client.ok<{ apiTokens: { id: string; name: string }[] }>(TOKENS);
    expect(all.apiTokens.map((token) => token.name)).toEqual(['three', 'two', 'one']);

    const first = await person.client.ok<{ apiTokens: { id: string; name: string }[] }>(TOKENS, { first: 2 });
    expect(first.apiTokens.map((token) => token.name)).toEqual(['three', 'two']);
    const rest = await person.client.ok<{ apiTokens: { name: string }[] }>(TOKENS, {
      first: 2,
      after: first.apiTokens[1]?.id,
    });
    expect(rest.apiTokens.map((token) => token.name)).toEqual(['one']);

    const other = await signUpPerson(t);
    const foreign = await other.client.ok<{ apiTokens: unknown[] }>(TOKENS, { after: all.apiTokens[0]?.id });
    expect(foreign.apiTokens).toEqual([]);
  });

  it('pages sessions, most recently used first', async () => {
    const account = AccountFactory.create();
    const browsers = [t.client(), t.client(), t.client()];
    await account.signUp(browsers[0] ?? t.client());
    const credentials = { email: account.build().email, password: account.build().password };
    for (const browser of browsers.slice(1)) await browser.ok(SIGN_IN, { input: credentials });
    const owner = browsers[0] ?? t.client();
    const all = await owner.ok<{ sessions: { id: string }[] }>(SESSIONS);
    expect(all.sessions).toHaveLength(3);
    const page = await owner.ok<{ sessions: { id: string }[] }>(SESSIONS, { first: 1 });
    const next = await owner.ok<{ sessions: { id: string }[] }>(SESSIONS, { after: page.sessions[0]?.id });
    expect([...page.sessions, ...next.sessions].map((session) => session.id).sort()).toEqual(
      all.sessions.map((session) => session.id).sort(),
    );
    expect(next.sessions).toHaveLength(2);
  });

  it('pages me.memberships, oldest first', async () => {
    const member = await signUpPerson(t);
    const names: string[] = [];
    for (let n = 0; n < 3; n++) {
      const factory = OrganizationFactory.create();
      names.push(factory.build().name);
      await factory.createBy(member.client);
    }
    type Page = { me: { memberships: { id: string; organization: { name: string } }[] } };
    const first = await member.client.ok<Page>(MEMBERSHIPS, { first: 2 });
    expect(first.me.memberships.map((m) => m.organization.name)).toEqual(names.slice(0, 2));
    const rest = await member.client.ok<Page>(MEMBERSHIPS, { after: first.me.memberships[1]?.id });
    expect(rest.me.memberships.map((m) => m.organization.name)).toEqual(names.slice(2));
  });

  it('refuses a page size over 100 or below 0, and a malformed cursor, naming the field', async () => {
    for (const query of [TOKENS, SESSIONS, MEMBERSHIPS]) {
      expect(fieldsOf(await person.client.gql(query, { first: 101 }))).toEqual({
        codes: ['BAD_USER_INPUT'],
        fields: ['first'],
      });
      expect(fieldsOf(await person.client.gql(query, { first: -1 }))).toEqual({
        codes: ['BAD_USER_INPUT'],
        fields: ['first'],
      });
      expect(fieldsOf(await person.client.gql(query, { after: 'not-an-id' }))).toEqual({
        codes: ['BAD_USER_INPUT'],
        fields: ['after'],
      });
    }
    const inline = await person.client.gql(`{ apiTokens(first: 1000) { id } }`);
    expect(fieldsOf(inline)).toEqual({ codes: ['BAD_USER_INPUT'], fields: ['first'] });
  });
});
