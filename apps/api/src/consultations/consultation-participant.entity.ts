import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation invited to a consultation. */
@Entity('consultation_participants')
export class ConsultationParticipantEntity {
  @PrimaryColumn('uuid', { name: 'consultation_id' }) consultationId!: string;
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId!: string;
  @Column('timestamptz', { name: 'invited_at', default: () => 'now()' }) invitedAt!: Date;
}
