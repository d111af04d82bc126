import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type Viewer } from '../../../core/auth/viewer.js';
import { type SessionEntity } from '../session.entity.js';

/** One of the viewer's own browser sessions. */
@ObjectType('Session')
export class SessionOutput {
  @Field(() => ID) id!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastSeenAt!: Date;
  @Field(() => Date, {
    description: 'When it ends if unused: the idle or the absolute limit, whichever is first',
  })
  expiresAt!: Date;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Boolean, { description: 'The session this request was made with' }) current!: boolean;
}

export function toSessionOutput(session: SessionEntity, endsAt: Date, viewer: Viewer): SessionOutput {
  return {
    id: session.id,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: endsAt,
    userAgent: session.userAgent,
    current: session.id === viewer.sessionId,
  };
}
