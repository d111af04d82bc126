import { Field, ID, InputType } from '@nestjs/graphql';
import { AttributionRule, BriefVisibility } from './graphql-enums.js';

@InputType('UpdateConsultationInput')
export class UpdateConsultationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Date, { nullable: true, description: 'null clears it' }) closesAt?: Date | null;
  @Field(() => AttributionRule, {
    nullable: true,
    description: 'Refused (CONFLICT) once a brief has been submitted',
  })
  attributionRule?: AttributionRule | null;
  @Field(() => BriefVisibility, { nullable: true }) briefVisibility?: BriefVisibility | null;
}
