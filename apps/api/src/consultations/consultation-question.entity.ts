import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('consultation_questions')
export class ConsultationQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId!: string;
  @Column('text') prompt!: string;
  @Column('int') position!: number;
}
