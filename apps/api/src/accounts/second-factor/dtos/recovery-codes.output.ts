import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('RecoveryCodes')
export class RecoveryCodesOutput {
  @Field(() => [String], { description: 'Each works once; shown only now' }) codes!: string[];
}

export function toRecoveryCodesOutput(codes: readonly string[]): RecoveryCodesOutput {
  return { codes: [...codes] };
}
