import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('text') locale!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('boolean', { name: 'is_platform_admin' }) isPlatformAdmin!: boolean;
  @Column('text', { name: 'totp_secret', nullable: true }) totpSecret!: string | null;
  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true }) totpEnabledAt!: Date | null;
  /** Set once the owner proved they receive mail at `email`; cleared if the address ever changes. */
  @Column('timestamptz', { name: 'email_confirmed_at', nullable: true }) emailConfirmedAt!: Date | null;
  /** Signed up with mail configured: may not sign in until the address is confirmed. */
  @Column('boolean', { name: 'awaiting_email_confirmation', default: false })
  awaitingEmailConfirmation!: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
