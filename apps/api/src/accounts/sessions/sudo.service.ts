import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { z } from 'zod';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { passwordRule } from '../account.rules.js';
import { PasswordAttempts } from '../password/password-attempts.js';
import { verifyPassword } from '../password/password-policy.js';
import { SecondFactorService } from '../second-factor/second-factor.service.js';
import { UserEntity } from '../user.entity.js';
import { type ReauthenticateInput } from './dtos/reauthenticate.input.js';
import { requireSession } from './session-required.js';
import { SessionService } from './session.service.js';

const reauthenticateRules = z.object({
  password: passwordRule,
  totpCode: z.string().trim().max(16).nullish(),
  recoveryCode: z.string().trim().max(64).nullish(),
});

/** Entering the password (and second factor) again opens sudo mode in this session for 10 minutes. */
@Injectable()
export class SudoService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorService,
    private readonly passwordAttempts: PasswordAttempts,
  ) {}

  async reauthenticate(
    viewer: Viewer,
    input: ReauthenticateInput,
    ctx: Pick<RequestContext, 'ip' | 'res'>,
  ): Promise<true> {
    const sessionId = requireSession(viewer);
    const fields = parseInput(reauthenticateRules, input);
    const user = await this.users.findOneBy({ id: viewer.userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    // The same budgets as sign-in: a stolen session cannot guess the password faster than a stranger.
    const attempt = await this.passwordAttempts.admit(user.email, ctx);
    if (!(await verifyPassword(user.passwordHash, fields.password))) {
      await attempt.failed();
      throw AccountError(AccountErrorReason.PASSWORD_WRONG, {
        fieldErrors: [{ field: 'password', message: 'field.passwordWrong' }],
      });
    }
    await attempt.passed();
    if (user.totpEnabledAt) {
      const passed = await this.secondFactor.check(
        user,
        fields.totpCode ?? null,
        fields.recoveryCode ?? null,
      );
      if (passed === 'missing') {
        throw AccountError(AccountErrorReason.MFA_REQUIRED, {
          messageKey: 'field.totpRequired',
          fieldErrors: [{ field: 'totpCode', message: 'field.totpRequired' }],
        });
      }
      if (passed === 'wrong') {
        this.secondFactor.refuseCode(
          fields.totpCode
            ? { field: 'totpCode', message: 'field.totpWrong' }
            : { field: 'recoveryCode', message: 'field.recoveryCodeWrong' },
        );
      }
    }
    await this.sessions.markPasswordEntered(sessionId);
    return true;
  }
}
