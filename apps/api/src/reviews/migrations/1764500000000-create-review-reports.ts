import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Post-election review reports: co-author organisations, sections, the co-edited Yjs document
 * (an append-only update log plus a compacted snapshot), frozen versions, sign-offs and
 * recommendations.
 */
export class CreateReviewReports1764500000000 implements MigrationInterface {
  name = 'CreateReviewReports1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE review_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        election_id uuid,
        owner_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'DRAFTING',
        visibility text NOT NULL DEFAULT 'CO_AUTHORS',
        signoff_version_id uuid,
        published_version_id uuid,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX review_reports_published ON review_reports (updated_at DESC, id) WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC'`,
    );
    await q.query(
      `CREATE INDEX review_reports_election ON review_reports (election_id) WHERE election_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE review_co_authors (
        report_id uuid NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        position integer NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (report_id, organization_id)
      )`);
    await q.query(
      `CREATE INDEX review_co_authors_organization ON review_co_authors (organization_id, report_id)`,
    );

    await q.query(`
      CREATE TABLE review_sections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,
        title text NOT NULL,
        position integer NOT NULL,
        lead_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        removed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX review_sections_report ON review_sections (report_id, position) WHERE removed_at IS NULL`,
    );

    // Every acknowledged Yjs update, appended before the acknowledgement; compaction folds a prefix
    // of it into the snapshot and deletes that prefix in the same transaction.
    await q.query(`
      CREATE TABLE review_document_updates (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,
        update bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX review_document_updates_report ON review_document_updates (report_id, id)`);
    await q.query(`
      CREATE TABLE review_document_snapshots (
        report_id uuid PRIMARY KEY REFERENCES review_reports(id) ON DELETE CASCADE,
        state bytea NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE review_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,
        label text NOT NULL,
        markdown text NOT NULL,
        content_hash text NOT NULL,
        snapshot bytea NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX review_versions_report ON review_versions (report_id, created_at DESC, id DESC)`,
    );

    await q.query(`
      CREATE TABLE review_sign_offs (
        version_id uuid NOT NULL REFERENCES review_versions(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        signed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version_id, organization_id)
      )`);

    await q.query(`
      CREATE TABLE review_recommendations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,
        text text NOT NULL,
        owner_organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'OPEN',
        due_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX review_recommendations_report ON review_recommendations (report_id, created_at, id)`,
    );
    await q.query(
      `CREATE INDEX review_recommendations_owner ON review_recommendations (owner_organization_id, due_on)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE review_recommendations`);
    await q.query(`DROP TABLE review_sign_offs`);
    await q.query(`DROP TABLE review_versions`);
    await q.query(`DROP TABLE review_document_snapshots`);
    await q.query(`DROP TABLE review_document_updates`);
    await q.query(`DROP TABLE review_sections`);
    await q.query(`DROP TABLE review_co_authors`);
    await q.query(`DROP TABLE review_reports`);
  }
}
