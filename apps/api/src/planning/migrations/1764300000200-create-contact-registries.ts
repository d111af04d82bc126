import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Each side's contact points in a relationship, and their revisions. Revisions keep the contact's
 * id without a foreign key so removing a contact keeps its history; erasure blanks their text.
 * `stale_notified_at` records that the daily job told the owning side, so it tells them once.
 */
export class CreateContactRegistries1764300000200 implements MigrationInterface {
  name = 'CreateContactRegistries1764300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_points (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        relationship_id uuid NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        title text,
        channels jsonb NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        time_zone text,
        availability text,
        escalation_tier text NOT NULL,
        valid_from date,
        valid_until date,
        last_verified_at timestamptz,
        stale_notified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX contact_points_by_relationship ON contact_points (relationship_id, organization_id, escalation_tier, id)`,
    );
    await q.query(
      `CREATE INDEX contact_points_by_organization_verified ON contact_points (organization_id, last_verified_at)`,
    );
    await q.query(
      `CREATE INDEX contact_points_critical ON contact_points (relationship_id) WHERE escalation_tier = 'CRITICAL'`,
    );

    await q.query(`
      CREATE TABLE contact_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_point_id uuid NOT NULL,
        relationship_id uuid NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL,
        change text NOT NULL,
        changed_by uuid REFERENCES users(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX contact_revisions_by_contact ON contact_revisions (contact_point_id, changed_at DESC, id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contact_revisions`);
    await q.query(`DROP TABLE contact_points`);
  }
}
