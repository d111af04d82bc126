import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** API tokens may expire, and may be read-only (queries and subscriptions, no mutations). */
export class GiveApiTokensExpiryAndScope1764200000002 implements MigrationInterface {
  name = 'GiveApiTokensExpiryAndScope1764200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz, ADD COLUMN read_only boolean NOT NULL DEFAULT false`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_tokens DROP COLUMN expires_at, DROP COLUMN read_only`);
  }
}
