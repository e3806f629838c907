import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A letter about a child is sent once, to the applicant's address, and shown to every parent: owners, not one recipient. */
export class AddNotificationOwners1764000000001 implements MigrationInterface {
  name = 'AddNotificationOwners1764000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN owner_user_ids uuid[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      'UPDATE notifications SET owner_user_ids = ARRAY[recipient_user_id] WHERE recipient_user_id IS NOT NULL',
    );
    await queryRunner.query('CREATE INDEX notifications_owners_idx ON notifications USING gin (owner_user_ids)');
    await queryRunner.query('DROP INDEX notifications_recipient_idx');
    await queryRunner.query('ALTER TABLE notifications DROP COLUMN recipient_user_id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notifications ADD COLUMN recipient_user_id uuid');
    await queryRunner.query('UPDATE notifications SET recipient_user_id = owner_user_ids[1]');
    await queryRunner.query('CREATE INDEX notifications_recipient_idx ON notifications (recipient_user_id, created_at DESC)');
    await queryRunner.query('DROP INDEX notifications_owners_idx');
    await queryRunner.query('ALTER TABLE notifications DROP COLUMN owner_user_ids');
  }
}
