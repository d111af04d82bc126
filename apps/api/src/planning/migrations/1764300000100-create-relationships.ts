import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Bilateral relationships between two organisations, optionally scoped to an election. At most one
 * PENDING or ACTIVE relationship per pair (in either direction) and election: the partial unique
 * index enforces it even under concurrent proposals.
 */
export class CreateRelationships1764300000100 implements MigrationInterface {
  name = 'CreateRelationships1764300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE relationships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        proposer_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        recipient_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        election_id uuid REFERENCES elections(id) ON DELETE SET NULL,
        status text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        ended_at timestamptz,
        CHECK (proposer_organization_id <> recipient_organization_id)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX relationships_one_open_per_pair ON relationships (
        LEAST(proposer_organization_id, recipient_organization_id),
        GREATEST(proposer_organization_id, recipient_organization_id),
        COALESCE(election_id, '00000000-0000-0000-0000-000000000000'::uuid)
      ) WHERE status <> 'ENDED'`);
    await q.query(
      `CREATE INDEX relationships_by_proposer ON relationships (proposer_organization_id, created_at)`,
    );
    await q.query(
      `CREATE INDEX relationships_by_recipient ON relationships (recipient_organization_id, created_at)`,
    );
    await q.query(
      `CREATE INDEX relationships_by_election ON relationships (election_id) WHERE election_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE relationships`);
  }
}
