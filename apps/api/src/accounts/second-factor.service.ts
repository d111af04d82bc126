import { Injectable } from '@nestjs/common';
import { type UserEntity } from './user.entity.js';

export type SecondFactorCheck = 'passed' | 'missing' | 'wrong';

/** TOTP (RFC 6238) and recovery codes. Enrolment lives here too. */
@Injectable()
export class SecondFactorService {
  // Filled in by the TOTP slice; until then an account with MFA cannot have been enrolled.
  async check(_user: UserEntity, totpCode: string | null, recoveryCode: string | null): Promise<SecondFactorCheck> {
    return totpCode || recoveryCode ? 'wrong' : 'missing';
  }
}
