import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Stored as a kind plus parameters; the message is rendered in the recipient's locale when read. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') kind!: string;
  @Column('jsonb') params!: Record<string, string>;
  @Column('text', { nullable: true }) link!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}
