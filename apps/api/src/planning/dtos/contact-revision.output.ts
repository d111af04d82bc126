import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type ContactRevisionEntity } from '../contacts/contact-revision.entity.js';

/** `changedBy` is a resolved field (null once the account is gone); `changedById` is not part of the type. */
@ObjectType('ContactRevision')
export class ContactRevisionOutput {
  @Field(() => ID) id!: string;
  @Field(() => Date) changedAt!: Date;
  @Field(() => String, { description: 'Human-readable summary of what changed' }) change!: string;
  changedById!: string | null;
}

export function toContactRevisionOutput(revision: ContactRevisionEntity): ContactRevisionOutput {
  return {
    id: revision.id,
    changedAt: revision.changedAt,
    change: revision.change,
    changedById: revision.changedBy,
  };
}
