import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * With mail configured, a sign-up signs nobody in: the account waits until its address is confirmed
 * through the e-mailed link (so sign-up cannot reveal which addresses have an account).
 */
export class MakeMailedSignUpsWaitForConfirmation1764700000000 implements MigrationInterface {
  name = 'MakeMailedSignUpsWaitForConfirmation1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN awaiting_email_confirmation boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN awaiting_email_confirmation`);
  }
}
