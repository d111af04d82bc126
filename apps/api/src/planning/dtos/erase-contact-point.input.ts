import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('EraseContactPointInput')
export class EraseContactPointInput {
  @Field(() => ID, { description: 'A contact point, live or already removed' }) contactPointId!: string;
}
