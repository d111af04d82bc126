import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A change of address waits for the new mailbox to open a one-time link; the row keeps the link's
 * keyed hash and the session that asked (it stays signed in when the others are revoked).
 */
export class RecordPendingEmailChanges1764705000000 implements MigrationInterface {
  name = 'RecordPendingEmailChanges1764705000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id uuid NOT NULL,
        new_email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_changes_user ON email_changes (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_changes`);
  }
}
