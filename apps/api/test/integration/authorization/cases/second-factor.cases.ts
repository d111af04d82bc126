import { Secret, TOTP } from 'otpauth';
import { type Person } from '../../../factories/organization.factory.js';
import { allowed, refused, signedOut, type Matrix, type Operation } from '../case.js';
import { type Stage } from '../stage.js';

const START = `mutation { startTotpEnrollment { secret otpauthUri } }`;
const CONFIRM = `mutation ($input: ConfirmTotpInput!) { confirmTotpEnrollment(input: $input) { codes } }`;
const DISABLE = `mutation ($input: DisableTotpInput!) { disableTotp(input: $input) { mfaEnabled } }`;

const confirm = { query: CONFIRM, variables: { input: { code: '000000' } } };
const disable = (password: string) => ({
  query: DISABLE,
  variables: { input: { password, code: '000000' } },
});
const byToken = (operation: Operation | ((s: Stage) => Operation)) =>
  refused('apiToken', 'a token cannot change its owner’s second factor', 'FORBIDDEN', operation);

/** TOTP two-factor: only the account's own browser session turns it on or off. */
export const secondFactorCases: Matrix = {
  'Mutation.startTotpEnrollment': {
    allowed: [
      allowed('stranger', 'a browser session starts enrolment', { query: START }, (v) =>
        expect(v).toEqual({
          secret: expect.any(String),
          otpauthUri: expect.stringMatching(/^otpauth:\/\/totp\//),
        }),
      ),
    ],
    refused: [signedOut({ query: START }), byToken({ query: START })],
  },
  'Mutation.confirmTotpEnrollment': {
    allowed: [
      allowed(
        'stranger',
        'the right code turns it on and gives recovery codes',
        async (s) => {
          const person = await s.newPerson();
          const code = currentCode(await startEnrollment(person));
          return { query: CONFIRM, variables: { input: { code } }, by: s.sessionOf(person) };
        },
        (v) => expect(v).toEqual({ codes: expect.arrayContaining([expect.any(String)]) }),
      ),
    ],
    refused: [signedOut(confirm), byToken(confirm)],
  },
  'Mutation.disableTotp': {
    allowed: [
      allowed(
        'stranger',
        'the password and a recovery code turn it off',
        async (s) => {
          const person = await s.newPerson();
          const [code] = await enrollTotp(person);
          return {
            query: DISABLE,
            variables: { input: { password: person.password, code } },
            by: s.sessionOf(person),
          };
        },
        (v) => expect(v).toEqual({ mfaEnabled: false }),
      ),
    ],
    refused: [signedOut(disable('x'.repeat(12))), byToken((s) => disable(s.person('member').password))],
  },
};

async function startEnrollment(person: Person): Promise<string> {
  return (await person.client.ok<{ startTotpEnrollment: { secret: string } }>(START)).startTotpEnrollment
    .secret;
}

/** What the person's authenticator app shows now. */
function currentCode(secret: string): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
}

/** Turns two-factor on for the person; returns the recovery codes. */
async function enrollTotp(person: Person): Promise<string[]> {
  const code = currentCode(await startEnrollment(person));
  const confirmed = await person.client.ok<{ confirmTotpEnrollment: { codes: string[] } }>(CONFIRM, {
    input: { code },
  });
  return confirmed.confirmTotpEnrollment.codes;
}
