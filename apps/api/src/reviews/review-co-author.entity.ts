import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation writing the report; the owner organisation has position 0. */
@Entity('review_co_authors')
export class ReviewCoAuthorEntity {
  @PrimaryColumn('uuid', { name: 'report_id' }) reportId!: string;
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('integer') position!: number;
  @Column('timestamptz', { name: 'added_at', default: () => 'now()' }) addedAt!: Date;
}
