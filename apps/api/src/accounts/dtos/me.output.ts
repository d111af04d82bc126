import { Field, ObjectType } from '@nestjs/graphql';
import { type UserEntity } from '../user.entity.js';
import { toUserOutput, UserOutput } from './user.output.js';

/** The signed-in account, as its owner sees it. `memberships` is resolved by the organizations feature. */
@ObjectType('Me')
export class MeOutput {
  @Field(() => UserOutput) user!: UserOutput;
  @Field(() => String) email!: string;
  @Field(() => String) locale!: string;
  @Field(() => String) timeZone!: string;
  @Field(() => Boolean) isPlatformAdmin!: boolean;
  @Field(() => Boolean) mfaEnabled!: boolean;
  @Field(() => Boolean, {
    description:
      'True once the owner proved they receive mail at this address (a link sent to it, an invitation link, or a platform admin).',
  })
  emailConfirmed!: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadOutput {
  @Field(() => MeOutput) me!: MeOutput;
}

export function toMeOutput(user: UserEntity): MeOutput {
  return {
    user: toUserOutput(user),
    email: user.email,
    locale: user.locale,
    timeZone: user.timeZone,
    isPlatformAdmin: user.isPlatformAdmin,
    mfaEnabled: user.totpEnabledAt !== null,
    emailConfirmed: user.emailConfirmedAt !== null,
  };
}
