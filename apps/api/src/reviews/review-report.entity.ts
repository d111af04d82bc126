import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ReviewStatus, ReviewVisibility } from '@ecw/domain';

@Entity('review_reports')
export class ReviewReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') title!: string;
  @Column('uuid', { name: 'election_id', nullable: true }) electionId!: string | null;
  @Column('uuid', { name: 'owner_organization_id' }) ownerOrganizationId!: string;
  @Column('text') status!: ReviewStatus;
  @Column('text') visibility!: ReviewVisibility;
  @Column('uuid', { name: 'signoff_version_id', nullable: true }) signoffVersionId!: string | null;
  @Column('uuid', { name: 'published_version_id', nullable: true }) publishedVersionId!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
