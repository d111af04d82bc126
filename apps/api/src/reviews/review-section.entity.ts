import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A section's text lives in the report's Yjs document, in the XmlFragment named by the section id. */
@Entity('review_sections')
export class ReviewSectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'report_id' }) reportId!: string;
  @Column('text') title!: string;
  @Column('integer') position!: number;
  @Column('uuid', { name: 'lead_organization_id', nullable: true }) leadOrganizationId!: string | null;
  /** Removed sections keep their text in the document (and so in every version made before). */
  @Column('timestamptz', { name: 'removed_at', nullable: true }) removedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
