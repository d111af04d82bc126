import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type AttributionRule, type BriefVisibility, type ConsultationStatus } from '@ecw/domain';

@Entity('consultations')
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'convenor_organization_id' }) convenorOrganizationId!: string;
  /** The planning feature's election; its foreign key arrives with the elections table. */
  @Column('uuid', { name: 'election_id', nullable: true }) electionId!: string | null;
  @Column('text') title!: string;
  @Column('text') description!: string;
  @Column('text', { name: 'country_codes', array: true }) countryCodes!: string[];
  @Column('text') status!: ConsultationStatus;
  @Column('text', { name: 'attribution_rule' }) attributionRule!: AttributionRule;
  @Column('text', { name: 'brief_visibility' }) briefVisibility!: BriefVisibility;
  @Column('timestamptz', { name: 'opens_at', nullable: true }) opensAt!: Date | null;
  @Column('timestamptz', { name: 'closes_at', nullable: true }) closesAt!: Date | null;
  @Column('text', { name: 'outcome_summary', nullable: true }) outcomeSummary!: string | null;
  @Column('timestamptz', { name: 'outcome_published_at', nullable: true }) outcomePublishedAt!: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
