import { AccountFactory } from '../../../factories/account.factory.js';
import { type TestClient } from '../../../support/test-client.js';
import { allowed, refused, signedOut, type Matrix } from '../case.js';
import { present, type Stage } from '../stage.js';

const ME = `{ me { email } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { me { email } } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { me { email } } }`;
const SIGN_OUT = `mutation { signOut }`;
const SESSIONS = `{ sessions { id current } }`;
const REVOKE_SESSION = `mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const UPDATE_PROFILE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { displayName } } }`;

const isMe = (s: Stage, actor: 'stranger' | 'member') => (value: unknown) =>
  expect(value).toEqual({ email: s.person(actor).email });
const changePassword = (currentPassword: string) => ({
  query: CHANGE_PASSWORD,
  variables: { input: { currentPassword, newPassword: `a brand new passphrase ${currentPassword}` } },
});
const revokeOwnersSession = async (s: Stage) => ({
  query: REVOKE_SESSION,
  variables: { input: { id: await currentSessionId(s.person('owner').client) } },
});

/** Accounts and browser sessions. */
export const accountCases: Matrix = {
  'Query.me': {
    allowed: [
      {
        as: 'stranger',
        name: 'a signed-in account reads itself',
        arrange: async (s) => ({ query: ME, expect: isMe(s, 'stranger') }),
      },
      {
        as: 'apiToken',
        name: 'an API token reads its owner',
        arrange: async (s) => ({ query: ME, expect: isMe(s, 'member') }),
      },
    ],
    refused: [
      refused(
        'anonymous',
        'signed out, me is null',
        { quietly: (me) => expect(me).toBeNull() },
        { query: ME },
      ),
    ],
  },
  'Mutation.signUp': {
    allowed: [
      {
        as: 'anonymous',
        name: 'anyone may sign up',
        arrange: async () => {
          const input = AccountFactory.create().build();
          return {
            query: SIGN_UP,
            variables: { input },
            expect: (v) => expect(v).toEqual({ me: { email: input.email } }),
          };
        },
      },
    ],
    refused: [
      refused('anonymous', 'an address that already has an account', 'CONFLICT', (s) => ({
        query: SIGN_UP,
        variables: { input: AccountFactory.create({ email: s.person('stranger').email }).build() },
      })),
    ],
  },
  'Mutation.signIn': {
    allowed: [
      {
        as: 'anonymous',
        name: 'the right password',
        arrange: async (s) => {
          const { email, password } = s.person('stranger');
          return {
            query: SIGN_IN,
            variables: { input: { email, password } },
            expect: (v) => expect(v).toEqual({ me: { email } }),
          };
        },
      },
    ],
    refused: [
      refused('anonymous', 'a wrong password', 'UNAUTHENTICATED', (s) => ({
        query: SIGN_IN,
        variables: { input: { email: s.person('viewer').email, password: 'not the password at all' } },
      })),
    ],
  },
  'Mutation.signOut': {
    allowed: [
      {
        as: 'stranger',
        name: 'a signed-in account signs out, and its cookie stops working',
        arrange: async (s) => {
          const person = await s.newPerson();
          const cookie = present(person.client.sessionCookie, 'a session cookie');
          return {
            query: SIGN_OUT,
            by: s.sessionOf(person),
            expect: async (done) => {
              expect(done).toBe(true);
              expect((await s.t.client().gql(ME, undefined, { cookie })).data?.['me']).toBeNull();
            },
          };
        },
      },
    ],
    refused: [signedOut({ query: SIGN_OUT })],
  },
  'Mutation.updateProfile': {
    allowed: [
      allowed(
        'stranger',
        'an account edits its own profile',
        { query: UPDATE_PROFILE, variables: { input: { displayName: 'Renamed' } } },
        (v) => expect(v).toEqual({ user: { displayName: 'Renamed' } }),
      ),
    ],
    refused: [signedOut({ query: UPDATE_PROFILE, variables: { input: { displayName: 'Nobody' } } })],
  },
  'Mutation.changePassword': {
    allowed: [
      allowed(
        'stranger',
        'with the current password',
        async (s) => {
          const person = await s.newPerson();
          return { ...changePassword(person.password), by: s.sessionOf(person) };
        },
        (v) => expect(v).toBe(true),
      ),
    ],
    refused: [
      signedOut(changePassword('x'.repeat(12))),
      refused('apiToken', 'an API token cannot change its owner’s password', 'FORBIDDEN', (s) =>
        changePassword(s.person('member').password),
      ),
    ],
  },
  'Query.sessions': {
    allowed: [
      allowed('stranger', 'an account lists its own', { query: SESSIONS }, (v) =>
        expect(v).toContainEqual({ id: expect.any(String), current: true }),
      ),
    ],
    refused: [signedOut({ query: SESSIONS })],
  },
  'Mutation.revokeSession': {
    allowed: [
      {
        as: 'stranger',
        name: 'an account ends another of its own sessions',
        arrange: async (s) => {
          const { email, password } = s.person('stranger');
          const laptop = s.t.client();
          await laptop.ok(SIGN_IN, { input: { email, password } });
          return {
            query: REVOKE_SESSION,
            variables: { input: { id: await currentSessionId(laptop) } },
            expect: async (revoked) => {
              expect(revoked).toBe(true);
              expect((await laptop.gql(ME)).data?.['me']).toBeNull();
            },
          };
        },
      },
    ],
    refused: [
      refused('stranger', 'another account’s session is not found', 'NOT_FOUND', revokeOwnersSession),
      signedOut(revokeOwnersSession),
    ],
  },
};

async function currentSessionId(client: TestClient): Promise<string> {
  const { sessions } = await client.ok<{ sessions: { id: string; current: boolean }[] }>(SESSIONS);
  return present(
    sessions.find((session) => session.current),
    'the current session',
  ).id;
}
