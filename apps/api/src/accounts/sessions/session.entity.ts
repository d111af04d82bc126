import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A browser session: the cookie holds a secret whose hash is `tokenHash`. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'now()' }) lastSeenAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  /** When the password (and second factor) were last entered in this session: sudo mode counts from here. */
  @Column('timestamptz', { name: 'authenticated_at', default: () => 'now()' }) authenticatedAt!: Date;
}
