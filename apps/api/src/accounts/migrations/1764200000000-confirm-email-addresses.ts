import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An account's e-mail address counts as its owner's only once proved: by a one-time link sent to it,
 * by accepting an invitation through the link delivered to it, or by a platform admin. Accounts that
 * exist already start unconfirmed: nothing proved their addresses so far.
 */
export class ConfirmEmailAddresses1764200000000 implements MigrationInterface {
  name = 'ConfirmEmailAddresses1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email_confirmed_at timestamptz`);
    await q.query(`
      CREATE TABLE email_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_confirmations_user ON email_confirmations (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_confirmations`);
    await q.query(`ALTER TABLE users DROP COLUMN email_confirmed_at`);
  }
}
