import { Field, ObjectType } from '@nestjs/graphql';
import { type ReviewSignOffEntity } from '../review-sign-off.entity.js';

/** `organization`, `user` and `version` are resolved fields. */
@ObjectType('SignOff')
export class SignOffOutput {
  @Field(() => Date) signedAt!: Date;
  organizationId!: string;
  userId!: string | null;
  versionId!: string;
}

export function toSignOffOutput(signOff: ReviewSignOffEntity): SignOffOutput {
  return {
    signedAt: signOff.signedAt,
    organizationId: signOff.organizationId,
    userId: signOff.userId,
    versionId: signOff.versionId,
  };
}
