import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ArchiveConsultationInput')
export class ArchiveConsultationInput {
  @Field(() => ID) id!: string;
}
