import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConsultationOutput } from './consultation.output.js';
import { ConsultationEventKind } from './graphql-enums.js';

/** Built per subscriber from the consultation as read for them, through the same mapper as queries. */
@ObjectType('ConsultationEvent')
export class ConsultationEventOutput {
  @Field(() => ConsultationEventKind) kind!: ConsultationEventKind;
  @Field(() => ConsultationOutput) consultation!: ConsultationOutput;
  @Field(() => ID, {
    nullable: true,
    description: 'Set for BRIEF_WITHDRAWN: the brief to drop from view, and nothing else about it',
  })
  briefId!: string | null;
}
