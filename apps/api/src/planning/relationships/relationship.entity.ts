import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RelationshipStatus } from '@ecw/domain';

@Entity('relationships')
export class RelationshipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'proposer_organization_id' }) proposerOrganizationId!: string;
  @Column('uuid', { name: 'recipient_organization_id' }) recipientOrganizationId!: string;
  @Column('uuid', { name: 'election_id', nullable: true }) electionId!: string | null;
  @Column('text') status!: RelationshipStatus;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @Column('timestamptz', { name: 'ended_at', nullable: true }) endedAt!: Date | null;
}

/** The two organisations of a relationship, proposer first. */
export function sidesOf(relationship: RelationshipEntity): [string, string] {
  return [relationship.proposerOrganizationId, relationship.recipientOrganizationId];
}
