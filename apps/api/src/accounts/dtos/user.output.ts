import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type UserEntity } from '../user.entity.js';

/** What anyone who may see a user sees: never the e-mail address. */
@ObjectType('User')
export class UserOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

export function toUserOutput(user: Pick<UserEntity, 'id' | 'displayName'>): UserOutput {
  return { id: user.id, displayName: user.displayName };
}
