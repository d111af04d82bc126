import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit log (the database refuses updates and deletes). */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('timestamptz', { default: () => 'clock_timestamp()' }) at!: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId!: string | null;
  @Column('text') action!: string;
  @Column('text', { name: 'target_type', nullable: true }) targetType!: string | null;
  @Column('uuid', { name: 'target_id', nullable: true }) targetId!: string | null;
  @Column('jsonb') metadata!: Record<string, unknown>;
}
