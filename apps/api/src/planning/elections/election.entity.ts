import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ElectionType } from '@ecw/domain';

@Entity('elections')
export class ElectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('char', { name: 'country_code', length: 2 }) countryCode!: string;
  @Column('text') type!: ElectionType;
  /** "YYYY-MM-DD", a day in `timeZone`. */
  @Column('date', { name: 'election_day' }) electionDay!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('uuid', { name: 'authority_organization_id', nullable: true }) authorityOrganizationId!:
    string | null;
  /** Bounds of the election period (see `electionPeriod`), recomputed when milestones change. */
  @Column('date', { name: 'period_starts_on' }) periodStartsOn!: string;
  @Column('date', { name: 'period_ends_on' }) periodEndsOn!: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
}
