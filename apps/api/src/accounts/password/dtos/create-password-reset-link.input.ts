import { Field, InputType } from '@nestjs/graphql';

@InputType('CreatePasswordResetLinkInput')
export class CreatePasswordResetLinkInput {
  @Field(() => String, { description: 'The e-mail address of the account to reset' }) email!: string;
}
