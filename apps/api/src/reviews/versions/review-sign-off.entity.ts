import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One organisation's agreement to one exact version (at most one per organisation and version). */
@Entity('review_sign_offs')
export class ReviewSignOffEntity {
  @PrimaryColumn('uuid', { name: 'version_id' }) versionId!: string;
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('timestamptz', { name: 'signed_at', default: () => 'now()' }) signedAt!: Date;
}
