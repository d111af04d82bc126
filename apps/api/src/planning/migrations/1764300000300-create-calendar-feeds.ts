import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Private iCalendar feeds of an organisation or an election. Only a keyed hash of the secret URL is
 * kept; revoking sets `revoked_at`. A feed answers with what its owner may see when it is fetched.
 */
export class CreateCalendarFeeds1764300000300 implements MigrationInterface {
  name = 'CreateCalendarFeeds1764300000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        election_id uuid REFERENCES elections(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CHECK ((organization_id IS NULL) <> (election_id IS NULL))
      )`);
    await q.query(`CREATE INDEX calendar_feeds_by_user ON calendar_feeds (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feeds`);
  }
}
