import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ContactPointOutput } from './contact-point.output.js';
import { ChangeKind } from './planning-enums.js';

@ObjectType('ContactPointEvent')
export class ContactPointEventOutput {
  @Field(() => ChangeKind) kind!: ChangeKind;
  @Field(() => ID) contactPointId!: string;
  @Field(() => ContactPointOutput, { nullable: true, description: 'Null when REMOVED' })
  contactPoint!: ContactPointOutput | null;
}
