import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type BriefEventKind } from '@ecw/domain';

/** A brief's history (submitted, updated after submission, acknowledged…), kept beside the live events. */
@Entity('brief_events')
export class BriefEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'brief_id' }) briefId!: string;
  @Column('text') kind!: BriefEventKind;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}
