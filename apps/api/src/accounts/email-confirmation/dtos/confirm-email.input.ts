import { Field, InputType } from '@nestjs/graphql';

@InputType('ConfirmEmailInput')
export class ConfirmEmailInput {
  @Field(() => String, { description: 'The token from the e-mailed link (its #token= fragment).' })
  token!: string;
}
