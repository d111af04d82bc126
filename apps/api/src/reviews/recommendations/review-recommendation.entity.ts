import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RecommendationStatus } from '@ecw/domain';

/** What the co-authors recommended, whom it falls to, and how far it got (followed up after publication). */
@Entity('review_recommendations')
export class ReviewRecommendationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'report_id' }) reportId!: string;
  @Column('text') text!: string;
  @Column('uuid', { name: 'owner_organization_id', nullable: true }) ownerOrganizationId!: string | null;
  @Column('text') status!: RecommendationStatus;
  /** A calendar day, "YYYY-MM-DD". */
  @Column('date', { name: 'due_on', nullable: true }) dueOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt!: Date;
}
