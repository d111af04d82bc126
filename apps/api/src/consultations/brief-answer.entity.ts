import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('brief_answers')
export class BriefAnswerEntity {
  @PrimaryColumn('uuid', { name: 'brief_id' }) briefId!: string;
  @PrimaryColumn('uuid', { name: 'question_id' }) questionId!: string;
  @Column('text') text!: string;
}
