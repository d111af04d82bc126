import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TotpEnrollment')
export class TotpEnrollmentOutput {
  @Field(() => String, { description: 'base32, for manual entry' }) secret!: string;
  @Field(() => String, { description: 'otpauth://totp/... for a QR code' }) otpauthUri!: string;
}

export function toTotpEnrollmentOutput(enrollment: {
  secret: string;
  otpauthUri: string;
}): TotpEnrollmentOutput {
  return { secret: enrollment.secret, otpauthUri: enrollment.otpauthUri };
}
