import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Consultations, their questions and invited organisations, context briefs with their answers,
 * comments and event history. A consultation may name one of the planning feature's elections
 * (its timestamp sorts after that feature's migration, which creates the table).
 * Briefs carry a stored full-text vector in their first language's configuration (plus `simple`,
 * so words match whatever the reader's language), served by a GIN index.
 */
export class CreateConsultations1764400000000 implements MigrationInterface {
  name = 'CreateConsultations1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consultations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        convenor_organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        election_id uuid REFERENCES elections(id) ON DELETE SET NULL,
        title text NOT NULL,
        description text NOT NULL,
        country_codes text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
        attribution_rule text NOT NULL CHECK (attribution_rule IN ('ATTRIBUTED', 'CHATHAM_HOUSE')),
        brief_visibility text NOT NULL CHECK (brief_visibility IN ('CONVENOR_ONLY', 'ALL_PARTICIPANTS')),
        opens_at timestamptz,
        closes_at timestamptz,
        outcome_summary text,
        outcome_published_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consultations_convenor ON consultations (convenor_organization_id)`);
    await q.query(
      `CREATE INDEX consultations_election ON consultations (election_id) WHERE election_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX consultations_due_to_close ON consultations (closes_at) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX consultations_list ON consultations (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX consultations_country_codes ON consultations USING gin (country_codes)`);

    await q.query(`
      CREATE TABLE consultation_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        prompt text NOT NULL,
        position int NOT NULL,
        UNIQUE (consultation_id, position)
      )`);

    await q.query(`
      CREATE TABLE consultation_participants (
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        invited_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consultation_id, organization_id)
      )`);
    await q.query(
      `CREATE INDEX consultation_participants_organization ON consultation_participants (organization_id)`,
    );

    await q.query(`
      CREATE FUNCTION brief_search_config(languages text[]) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE lower(split_part(coalesce(languages[1], ''), '-', 1))
          WHEN 'ar' THEN 'arabic' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
          WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
          WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'hy' THEN 'armenian' WHEN 'id' THEN 'indonesian'
          WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch'
          WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian'
          WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil'
          WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish' WHEN 'ca' THEN 'catalan' WHEN 'eu' THEN 'basque'
          WHEN 'ga' THEN 'irish'
          ELSE 'simple' END::regconfig
      $$`);

    await q.query(`
      CREATE TABLE context_briefs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        topics text[] NOT NULL,
        regions text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        risk_level text NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED', 'RESPONDED', 'WITHDRAWN')),
        submitted_at timestamptz,
        acknowledged_at timestamptz,
        response_body text,
        responded_at timestamptz,
        responder_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          to_tsvector(brief_search_config(languages), title || ' ' || summary || ' ' || body)
          || to_tsvector('simple'::regconfig, title || ' ' || summary || ' ' || body)
        ) STORED
      )`);
    await q.query(
      `CREATE INDEX context_briefs_page ON context_briefs (consultation_id, (coalesce(submitted_at, created_at)), id)`,
    );
    await q.query(`CREATE INDEX context_briefs_organization ON context_briefs (organization_id)`);
    await q.query(`CREATE INDEX context_briefs_topics ON context_briefs USING gin (topics)`);
    await q.query(`CREATE INDEX context_briefs_search ON context_briefs USING gin (search_vector)`);

    await q.query(`
      CREATE TABLE brief_answers (
        brief_id uuid NOT NULL REFERENCES context_briefs(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES consultation_questions(id) ON DELETE CASCADE,
        text text NOT NULL,
        PRIMARY KEY (brief_id, question_id)
      )`);

    await q.query(`
      CREATE TABLE brief_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brief_id uuid NOT NULL REFERENCES context_briefs(id) ON DELETE CASCADE,
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX brief_comments_page ON brief_comments (brief_id, created_at, id)`);

    await q.query(`
      CREATE TABLE brief_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brief_id uuid NOT NULL REFERENCES context_briefs(id) ON DELETE CASCADE,
        kind text NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX brief_events_brief ON brief_events (brief_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE brief_events`);
    await q.query(`DROP TABLE brief_comments`);
    await q.query(`DROP TABLE brief_answers`);
    await q.query(`DROP TABLE context_briefs`);
    await q.query(`DROP FUNCTION brief_search_config(text[])`);
    await q.query(`DROP TABLE consultation_participants`);
    await q.query(`DROP TABLE consultation_questions`);
    await q.query(`DROP TABLE consultations`);
  }
}
