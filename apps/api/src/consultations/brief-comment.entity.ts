import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `organizationId` is the organisation the author spoke for: the attribution rule is judged against it. */
@Entity('brief_comments')
export class BriefCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'brief_id' }) briefId!: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') body!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
