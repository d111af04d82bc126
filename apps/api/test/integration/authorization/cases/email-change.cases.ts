import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret } from '../../../../src/core/auth/credential-secret.js';
import { AppConfig } from '../../../../src/core/config/app-config.js';
import { type Person } from '../../../factories/organization.factory.js';
import { allowed, refused, signedOut, type Matrix } from '../case.js';
import { type Stage } from '../stage.js';

const CHANGE = `mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) }`;
const CONFIRM = `mutation ($input: ConfirmEmailChangeInput!) { confirmEmailChange(input: $input) }`;

const isTrue = (value: unknown) => expect(value).toBe(true);
const change = (newEmail: string) => ({ query: CHANGE, variables: { input: { newEmail } } });
const freshAddress = () => `moved-${randomUUID()}@example.org`;

/** A live link for moving the person to a new address, as the e-mail would carry it (this API sends no mail). */
async function changeTokenFor(s: Stage, person: Person): Promise<string> {
  const secret = newSecret('emailConfirmation');
  const [session] = await s.t.db.query(`SELECT id FROM sessions WHERE user_id = $1 LIMIT 1`, [person.userId]);
  await s.t.db.query(
    `INSERT INTO email_changes (user_id, session_id, new_email, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
    [
      person.userId,
      (session as { id: string }).id,
      freshAddress(),
      hashSecret(s.t.api.app.get(AppConfig).sessionSecret, secret),
    ],
  );
  return secret;
}

/** Changing the account's address: its own browser session in sudo mode; the link's holder confirms. */
export const emailChangeCases: Matrix = {
  'Mutation.changeEmail': {
    allowed: [
      allowed(
        'stranger',
        'a browser session in sudo mode (its current address: nothing to change)',
        async (s) => {
          const person = await s.newPerson();
          return { ...change(person.email), by: s.sessionOf(person) };
        },
        isTrue,
      ),
    ],
    refused: [
      signedOut(change(freshAddress())),
      refused('apiToken', 'a token has no session, so never sudo mode', 'FORBIDDEN', (s) =>
        change(s.person('member').email),
      ),
      refused('stranger', 'outside sudo mode', 'FORBIDDEN', async (s) => {
        const person = await s.newPerson();
        await s.t.db.query(
          `UPDATE sessions SET authenticated_at = now() - interval '11 minutes' WHERE user_id = $1`,
          [person.userId],
        );
        return { ...change(freshAddress()), by: s.sessionOf(person) };
      }),
      refused(
        'stranger',
        'without mail configured, a new address cannot be proved',
        'CONFLICT',
        async (s) => ({
          ...change(freshAddress()),
          by: s.sessionOf(await s.newPerson()),
        }),
      ),
    ],
  },
  'Mutation.confirmEmailChange': {
    allowed: [
      allowed(
        'anonymous',
        'whoever holds the link mailed to the new address',
        async (s) => ({
          query: CONFIRM,
          variables: { input: { token: await changeTokenFor(s, await s.newPerson()) } },
        }),
        isTrue,
      ),
    ],
    refused: [
      refused('anonymous', 'a made-up link', 'BAD_USER_INPUT', {
        query: CONFIRM,
        variables: { input: { token: 'ecwe_made-up' } },
      }),
    ],
  },
};
