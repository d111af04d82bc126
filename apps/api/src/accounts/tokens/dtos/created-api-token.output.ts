import { Field, ObjectType } from '@nestjs/graphql';
import { type ApiTokenEntity } from '../api-token.entity.js';
import { ApiTokenOutput, toApiTokenOutput } from './api-token.output.js';

@ObjectType('CreatedApiToken')
export class CreatedApiTokenOutput {
  @Field(() => ApiTokenOutput) apiToken!: ApiTokenOutput;
  @Field(() => String, { description: 'Shown once, never stored in clear' }) secret!: string;
}

export function toCreatedApiTokenOutput(token: ApiTokenEntity, secret: string): CreatedApiTokenOutput {
  return { apiToken: toApiTokenOutput(token), secret };
}
