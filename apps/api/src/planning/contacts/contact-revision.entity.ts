import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ChangeKind } from '@ecw/domain';

/** One change to a contact point: who, when, and a readable summary naming the contract's fields. */
@Entity('contact_revisions')
export class ContactRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'contact_point_id' }) contactPointId!: string;
  @Column('uuid', { name: 'relationship_id' }) relationshipId!: string;
  @Column('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('text') kind!: ChangeKind;
  @Column('text') change!: string;
  @Column('uuid', { name: 'changed_by', nullable: true }) changedBy!: string | null;
  @Column('timestamptz', { name: 'changed_at', default: () => 'clock_timestamp()' }) changedAt!: Date;
}
