import { Field, InputType } from '@nestjs/graphql';
import { ChannelKind } from './planning-enums.js';

@InputType('ContactChannelInput')
export class ContactChannelInput {
  @Field(() => ChannelKind) kind!: ChannelKind;
  @Field(() => String, { description: 'E.164 for phone kinds, an address for EMAIL, @handle, https URL' })
  value!: string;
  @Field(() => Boolean, { nullable: true, description: 'Exactly one channel is preferred' }) preferred?:
    boolean | null;
}
