import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RevokeSessionInput')
export class RevokeSessionInput {
  @Field(() => ID) id!: string;
}
