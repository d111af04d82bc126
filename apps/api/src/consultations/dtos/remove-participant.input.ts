import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RemoveConsultationParticipantInput')
export class RemoveConsultationParticipantInput {
  @Field(() => ID) consultationId!: string;
  @Field(() => ID, { description: 'An organisation invited to the consultation' }) organizationId!: string;
}
