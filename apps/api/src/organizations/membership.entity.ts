import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MembershipRole } from '@ecw/domain';

@Entity('memberships')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') role!: MembershipRole;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
