import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A section as a version froze it: enough to name its XmlFragment and restore it. */
export interface FrozenSection {
  id: string;
  title: string;
  position: number;
  leadOrganizationId: string | null;
}

/** The whole report frozen as Markdown, its SHA-256, and the Yjs state it was rendered from. */
@Entity('review_versions')
export class ReviewVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'report_id' }) reportId!: string;
  @Column('text') label!: string;
  @Column('text') markdown!: string;
  @Column('text', { name: 'content_hash' }) contentHash!: string;
  /** Megabytes for a long report: only loaded when asked for (restoring a section). */
  @Column('bytea', { select: false }) snapshot!: Buffer;
  @Column('jsonb') sections!: FrozenSection[];
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
