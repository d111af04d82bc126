import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A version remembers the sections it froze (id, title, position, lead): restoring a section from a
 * version needs its title and the XmlFragment name, also for a section removed since.
 */
export class AddReviewVersionSections1764730000000 implements MigrationInterface {
  name = 'AddReviewVersionSections1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_versions ADD COLUMN sections jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_versions DROP COLUMN sections`);
  }
}
