import { Field, InputType } from '@nestjs/graphql';

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String, { description: 'At least 12 characters' }) newPassword!: string;
}
