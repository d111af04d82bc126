import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Elections and their timelines: milestones, the authority's blackout windows, and engagements with
 * the organisations taking part. `period_starts_on`/`period_ends_on` are the bounds of the election
 * period, kept by the service whenever milestones change, so the phase filter is plain SQL; the
 * phase itself is never stored (it depends on today).
 */
export class CreateElectionTimelines1764300000000 implements MigrationInterface {
  name = 'CreateElectionTimelines1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE elections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        country_code char(2) NOT NULL,
        type text NOT NULL,
        election_day date NOT NULL,
        time_zone text NOT NULL,
        authority_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        period_starts_on date NOT NULL,
        period_ends_on date NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX elections_by_day ON elections (election_day, id)`);
    await q.query(`CREATE INDEX elections_by_country_day ON elections (country_code, election_day, id)`);
    await q.query(`CREATE INDEX elections_by_authority ON elections (authority_organization_id)`);

    await q.query(`
      CREATE TABLE election_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        election_id uuid NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        notes text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX election_milestones_by_election ON election_milestones (election_id, starts_on, id)`,
    );

    await q.query(`
      CREATE TABLE blackout_windows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        election_id uuid NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on >= starts_on),
        reason text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX blackout_windows_by_election ON blackout_windows (election_id, starts_on, id)`,
    );

    await q.query(`
      CREATE TABLE engagements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        election_id uuid NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX engagements_by_election ON engagements (election_id, starts_at, id)`);

    await q.query(`
      CREATE TABLE engagement_organizations (
        engagement_id uuid NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        PRIMARY KEY (engagement_id, organization_id)
      )`);
    await q.query(
      `CREATE INDEX engagement_organizations_by_organization ON engagement_organizations (organization_id, engagement_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE engagement_organizations`);
    await q.query(`DROP TABLE engagements`);
    await q.query(`DROP TABLE blackout_windows`);
    await q.query(`DROP TABLE election_milestones`);
    await q.query(`DROP TABLE elections`);
  }
}
