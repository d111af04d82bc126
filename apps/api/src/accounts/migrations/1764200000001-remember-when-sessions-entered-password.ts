import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sudo mode: sensitive changes need the password entered within the last minutes. A session remembers
 * when its password (and second factor) were last entered: at sign-in, or when re-entered since.
 */
export class RememberWhenSessionsEnteredPassword1764200000001 implements MigrationInterface {
  name = 'RememberWhenSessionsEnteredPassword1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN authenticated_at timestamptz`);
    await q.query(`UPDATE sessions SET authenticated_at = created_at`);
    await q.query(
      `ALTER TABLE sessions ALTER COLUMN authenticated_at SET NOT NULL, ALTER COLUMN authenticated_at SET DEFAULT now()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN authenticated_at`);
  }
}
