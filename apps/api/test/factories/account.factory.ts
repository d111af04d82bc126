import { randomBytes } from 'node:crypto';
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

  /** Signs up through the API; the client keeps the session cookie. */
  async signUp(client: TestClient): Promise<SignUpFields & { userId: string }> {
    const data = await client.ok<{ signUp: { me: { user: { id: string } } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { me { user { id } } } }`,
      { input: this.fields },
    );
    return { ...this.fields, userId: data.signUp.me.user.id };
  }
}
