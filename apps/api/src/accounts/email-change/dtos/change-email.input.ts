import { Field, InputType } from '@nestjs/graphql';

@InputType('ChangeEmailInput')
export class ChangeEmailInput {
  @Field(() => String, {
    description: 'The new address; it replaces the current one once its link is opened.',
  })
  newEmail!: string;
}
