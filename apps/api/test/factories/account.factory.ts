import { randomBytes } from 'node:crypto';
import { type CaughtMail, type MailCatcher } from '../support/mail-catcher.js';
import { type TestClient } from '../support/test-client.js';

export interface SignUpFields {
  email: string;
  password: string;
  displayName: string;
  locale?: string;
  timeZone?: string;
}

let sequence = 0;

/** Sign-up input with a default for every field; each call makes a new, unique person. */
export class AccountFactory {
  private constructor(private readonly fields: SignUpFields) {}

  static create(overrides: Partial<SignUpFields> = {}): AccountFactory {
    sequence += 1;
    const tag = `${sequence}-${randomBytes(3).toString('hex')}`;
    return new AccountFactory({
      email: `person-${tag}@example.org`,
      password: `long enough passphrase ${tag}`,
      displayName: `Person ${tag}`,
      ...overrides,
    });
  }

  with(overrides: Partial<SignUpFields>): AccountFactory {
    return new AccountFactory({ ...this.fields, ...overrides });
  }

  build(): SignUpFields {
    return { ...this.fields };
  }

  /**
   * Signs up through the API; the client keeps the session cookie. With `mail` (SMTP_URL set), sign-up
   * signs nobody in: this opens the confirmation link delivered to the address, then signs in.
   */
  async signUp(client: TestClient, mail?: MailCatcher | null): Promise<SignUpFields & { userId: string }> {
    const data = await client.ok<{ signUp: { me: { user: { id: string } } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { me { user { id } } } }`,
      { input: this.fields },
    );
    if (!mail) return { ...this.fields, userId: data.signUp.me.user.id };
    await client.ok(`mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) }`, {
      input: { token: confirmationToken(await mail.nextTo(this.fields.email)) },
    });
    const signedIn = await client.ok<{ signIn: { me: { user: { id: string } } } }>(
      `mutation ($input: SignInInput!) { signIn(input: $input) { me { user { id } } } }`,
      { input: { email: this.fields.email, password: this.fields.password } },
    );
    return { ...this.fields, userId: signedIn.signIn.me.user.id };
  }
}

/** The one-time secret of an e-mailed confirmation link (`/confirm-email#token=…`). */
export function confirmationToken(mail: CaughtMail): string {
  const match = /\/confirm-email#token=(\S+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no confirmation link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}
