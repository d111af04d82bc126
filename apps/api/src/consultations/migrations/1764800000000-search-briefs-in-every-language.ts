import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** What a brief's search vector is made of, in both directions of this migration. */
const BRIEF_TEXT = `title || ' ' || summary || ' ' || body`;

/**
 * A brief is searchable in every language it names, not only its first: a brief in Swahili and
 * French was stemmed in neither (Swahili has no configuration) and is now found by French words'
 * other forms too. `simple` stays, for the languages PostgreSQL has no configuration for.
 */
export class SearchBriefsInEveryLanguage1764800000000 implements MigrationInterface {
  name = 'SearchBriefsInEveryLanguage1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // Distinct configurations in a fixed order: a generated column's function must be immutable.
    await q.query(`
      CREATE FUNCTION brief_search_vector(languages text[], content text) RETURNS tsvector
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        vector tsvector := to_tsvector('simple'::regconfig, content);
        config regconfig;
      BEGIN
        FOR config IN
          SELECT DISTINCT brief_search_config(ARRAY[language]) FROM unnest(languages) AS language ORDER BY 1
        LOOP
          IF config <> 'simple'::regconfig THEN
            vector := vector || to_tsvector(config, content);
          END IF;
        END LOOP;
        RETURN vector;
      END $$`);
    await this.replaceSearchVector(q, `brief_search_vector(languages, ${BRIEF_TEXT})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.replaceSearchVector(
      q,
      `to_tsvector(brief_search_config(languages), ${BRIEF_TEXT}) || to_tsvector('simple'::regconfig, ${BRIEF_TEXT})`,
    );
    await q.query(`DROP FUNCTION brief_search_vector(text[], text)`);
  }

  /** A generated column cannot change its expression: dropped (with its index) and added again. */
  private async replaceSearchVector(q: QueryRunner, expression: string): Promise<void> {
    await q.query(`ALTER TABLE context_briefs DROP COLUMN search_vector`);
    await q.query(
      `ALTER TABLE context_briefs ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${expression}) STORED`,
    );
    await q.query(`CREATE INDEX context_briefs_search ON context_briefs USING gin (search_vector)`);
  }
}
