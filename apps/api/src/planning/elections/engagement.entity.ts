import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { EngagementKind } from '@ecw/domain';

@Entity('engagements')
export class EngagementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'election_id' }) electionId!: string;
  @Column('text') kind!: EngagementKind;
  @Column('text') title!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}

/** An organisation taking part in an engagement: its members see the engagement. */
@Entity('engagement_organizations')
export class EngagementOrganizationEntity {
  @PrimaryColumn('uuid', { name: 'engagement_id' }) engagementId!: string;
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
}
