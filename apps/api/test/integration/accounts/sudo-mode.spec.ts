import { signUpPerson, type Person } from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';
import { openWsClient } from '../../support/ws-client.js';

const CREATE_TOKEN = `mutation { createApiToken(name: "deploy") { secret } }`;
const START_TOTP = `mutation { startTotpEnrollment { secret } }`;
const SESSIONS = `{ sessions { id current } }`;
const REVOKE_SESSION = `mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`;
const REAUTHENTICATE = `mutation ($input: ReauthenticateInput!) { reauthenticate(input: $input) }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;

function refusal(result: GqlResult): [unknown, unknown] {
  return [errorCodes(result.errors)[0], result.errors?.[0]?.extensions?.['reason']];
}

/** The password was entered in this session longer ago than sudo mode lasts. */
async function passwordEnteredLongAgo(t: TestApi, person: Person): Promise<void> {
  await t.db.query(
    `UPDATE sessions SET authenticated_at = now() - interval '11 minutes' WHERE user_id = $1`,
    [person.userId],
  );
}

describe('sudo mode and what a new password ends', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('refuses tokens, two-factor enrolment and ending other sessions 10 minutes after the password was entered', async () => {
    const person = await signUpPerson(t);
    const otherBrowser = t.client();
    await otherBrowser.ok(SIGN_IN, { input: { email: person.email, password: person.password } });
    const other = (
      await person.client.ok<{ sessions: { id: string; current: boolean }[] }>(SESSIONS)
    ).sessions.find((s) => !s.current);
    await passwordEnteredLongAgo(t, person);

    const sudo = ['FORBIDDEN', 'ACCOUNT_SUDO_REQUIRED'];
    expect(refusal(await person.client.gql(CREATE_TOKEN))).toEqual(sudo);
    expect(refusal(await person.client.gql(START_TOTP))).toEqual(sudo);
    expect(refusal(await person.client.gql(REVOKE_SESSION, { input: { id: other?.id } }))).toEqual(sudo);
    expect(await t.db.query('SELECT 1 FROM api_tokens WHERE user_id = $1', [person.userId])).toEqual([]);

    const wrong = await person.client.gql(REAUTHENTICATE, { input: { password: 'not my password at all' } });
    expect(errorCodes(wrong.errors)).toEqual(['BAD_USER_INPUT']);
    await person.client.ok(REAUTHENTICATE, { input: { password: person.password } });
    expect(
      (await person.client.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN)).createApiToken.secret,
    ).toMatch(/^ecwt_/);
    expect(await person.client.ok(REVOKE_SESSION, { input: { id: other?.id } })).toEqual({
      revokeSession: true,
    });
  });

  it('signing in counts as entering the password; signing out of this browser needs nothing more', async () => {
    const person = await signUpPerson(t);
    expect(errorCodes((await person.client.gql(START_TOTP)).errors)).toEqual([]);
    await passwordEnteredLongAgo(t, person);
    const current = (
      await person.client.ok<{ sessions: { id: string; current: boolean }[] }>(SESSIONS)
    ).sessions.find((s) => s.current);
    expect(await person.client.ok(REVOKE_SESSION, { input: { id: current?.id } })).toEqual({
      revokeSession: true,
    });
  });

  it('a new password revokes every API token and closes their sockets', async () => {
    const person = await signUpPerson(t);
    const { createApiToken } = await person.client.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN);
    const socket = openWsClient(t.url, { bearer: createApiToken.secret, origin: null });
    await socket.connected;
    await person.client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: person.password, newPassword: 'a completely new passphrase' },
    });
    expect((await socket.closed).code).toBe(4401);
    const script = t.client().withToken(createApiToken.secret);
    expect((await script.gql(`{ me { email } }`)).data?.['me']).toBeNull();
    // This browser keeps its session.
    expect(errorCodes((await person.client.gql(`{ me { email } }`)).errors)).toEqual([]);
  });
});
