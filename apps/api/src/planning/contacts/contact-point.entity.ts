import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChannelKind, EscalationTier } from '@ecw/domain';

export interface StoredChannel {
  kind: ChannelKind;
  value: string;
  preferred: boolean;
}

/**
 * One person (or desk) one side names as its point of contact. Only the contract's fields are
 * kept: name, title, channels, languages, zone, availability, tier, validity (data minimisation).
 */
@Entity('contact_points')
export class ContactPointEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'relationship_id' }) relationshipId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('jsonb') channels!: StoredChannel[];
  @Column('text', { array: true }) languages!: string[];
  @Column('text', { name: 'time_zone', nullable: true }) timeZone!: string | null;
  @Column('text', { nullable: true }) availability!: string | null;
  @Column('text', { name: 'escalation_tier' }) escalationTier!: EscalationTier;
  @Column('date', { name: 'valid_from', nullable: true }) validFrom!: string | null;
  @Column('date', { name: 'valid_until', nullable: true }) validUntil!: string | null;
  @Column('timestamptz', { name: 'last_verified_at', nullable: true }) lastVerifiedAt!: Date | null;
  @Column('timestamptz', { name: 'stale_notified_at', nullable: true }) staleNotifiedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
