import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type BriefStatus, type BriefTopic, type RiskLevel } from '@ecw/domain';

/** A brief as stored: who wrote it is kept, and only output mappers decide who may learn it. */
@Entity('context_briefs')
export class ContextBriefEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('text') title!: string;
  @Column('text') summary!: string;
  @Column('text') body!: string;
  @Column('text', { array: true }) topics!: BriefTopic[];
  @Column('text', { array: true }) regions!: string[];
  @Column('text', { array: true }) languages!: string[];
  @Column('text', { name: 'risk_level' }) riskLevel!: RiskLevel;
  @Column('text') status!: BriefStatus;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { name: 'acknowledged_at', nullable: true }) acknowledgedAt!: Date | null;
  @Column('text', { name: 'response_body', nullable: true }) responseBody!: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt!: Date | null;
  @Column('uuid', { name: 'responder_id', nullable: true }) responderId!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
