import { Field, InputType } from '@nestjs/graphql';

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @Field(() => String) email!: string;
}
