import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MilestoneKind } from '@ecw/domain';

@Entity('election_milestones')
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'election_id' }) electionId!: string;
  @Column('text') kind!: MilestoneKind;
  @Column('text') title!: string;
  @Column('date', { name: 'starts_on' }) startsOn!: string;
  @Column('date', { name: 'ends_on' }) endsOn!: string;
  @Column('text', { nullable: true }) notes!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
