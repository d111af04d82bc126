import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type ApiTokenEntity } from '../api-token.entity.js';

/** A script's credential as its owner sees it: never its secret or hash. */
@ObjectType('ApiToken')
export class ApiTokenOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Null: works until revoked.' }) expiresAt!: Date | null;
  @Field(() => Boolean, { description: 'Queries and subscriptions only.' }) readOnly!: boolean;
}

export function toApiTokenOutput(token: ApiTokenEntity): ApiTokenOutput {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
    expiresAt: token.expiresAt,
    readOnly: token.readOnly,
  };
}
