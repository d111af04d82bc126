import { Field, InputType } from '@nestjs/graphql';

@InputType('ConfirmAccountEmailInput')
export class ConfirmAccountEmailInput {
  @Field(() => String, { description: 'The account’s e-mail address, as registered (any case).' })
  email!: string;
}
