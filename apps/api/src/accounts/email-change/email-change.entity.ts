import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A pending change of an account's address: one-time link mailed to `newEmail` (only its keyed hash is
 * stored). `sessionId` is the session that asked; it stays signed in when the change is confirmed.
 */
@Entity('email_changes')
export class EmailChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('uuid', { name: 'session_id' }) sessionId!: string;
  @Column('text', { name: 'new_email' }) newEmail!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
