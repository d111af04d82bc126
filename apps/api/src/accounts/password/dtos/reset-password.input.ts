import { Field, InputType } from '@nestjs/graphql';

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field(() => String, { description: 'From the reset link' }) token!: string;
  @Field(() => String, { description: 'At least 12 characters' }) newPassword!: string;
}
