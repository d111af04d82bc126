import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { hashSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { AppConfig } from '../../core/config/app-config.js';
import { LOGGER } from '../../core/core.module.js';
import { type FieldProblem } from '../../core/errors/domain.exception.js';
import { RateLimits } from '../../core/rate-limit/rate-limits.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { confirmTotpRules, disableTotpRules } from '../account.rules.js';
import { type ConfirmTotpInput } from './dtos/confirm-totp.input.js';
import { type DisableTotpInput } from './dtos/disable-totp.input.js';
import { PasswordAttempts } from '../password/password-attempts.js';
import { verifyPassword } from '../password/password-policy.js';
import { RecoveryCodeEntity } from './recovery-code.entity.js';
import { newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.js';
import { requireSession } from '../sessions/session-required.js';
import { SessionService } from '../sessions/session.service.js';
import { isTotpCodeShaped, matchingStep, newTotpSecret, otpauthUri } from './totp.js';
import { TotpStateSeal } from './totp-state.js';
import { UserEntity } from '../user.entity.js';

export type SecondFactorCheck = 'passed' | 'missing' | 'wrong';

export interface TotpEnrollment {
  secret: string;
  otpauthUri: string;
}

/** TOTP (RFC 6238) and recovery codes: enrolment, the check at sign-in, and turning it off. */
@Injectable()
export class SecondFactorService {
  private readonly seal: TotpStateSeal;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RecoveryCodeEntity) private readonly recoveryCodes: Repository<RecoveryCodeEntity>,
    private readonly config: AppConfig,
    private readonly audit: AuditLogService,
    private readonly limits: RateLimits,
    private readonly passwordAttempts: PasswordAttempts,
    private readonly sessions: SessionService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.seal = new TotpStateSeal(config.sessionSecret);
  }

  /** Sign-in's second step: a fresh authenticator code, or an unused recovery code (used up by this). */
  async check(
    user: UserEntity,
    totpCode: string | null,
    recoveryCode: string | null,
  ): Promise<SecondFactorCheck> {
    if (totpCode)
      return (await this.guarded(user.id, () => this.acceptTotpCode(user, totpCode))) ? 'passed' : 'wrong';
    if (recoveryCode)
      return (await this.guarded(user.id, () => this.useRecoveryCode(user.id, recoveryCode)))
        ? 'passed'
        : 'wrong';
    return 'missing';
  }

  /**
   * Spends a point of the account's code budget BEFORE checking the code (atomically, so concurrent
   * guesses cannot slip past the budget) and gives it back when the code was right.
   */
  private async guarded(userId: string, verify: () => Promise<boolean>): Promise<boolean> {
    await this.limits.consume('secondFactorFailuresByAccount', userId);
    const passed = await verify();
    if (passed) await this.limits.refund('secondFactorFailuresByAccount', userId);
    return passed;
  }

  /** Stores a new pending secret (replacing any earlier unconfirmed one) and returns it for the app. */
  async startEnrollment(viewer: Viewer): Promise<TotpEnrollment> {
    await this.sessions.requireRecentPassword(viewer);
    const user = await this.account(viewer.userId);
    if (user.totpEnabledAt)
      throw AccountError(AccountErrorReason.MFA_ALREADY_ENABLED, { messageKey: 'error.mfaAlreadyEnabled' });
    const secret = newTotpSecret();
    const stored = await this.users.update(
      { id: user.id, totpEnabledAt: IsNull() },
      { totpSecret: this.seal.seal(user.id, { secret, lastStep: null }) },
    );
    if (!stored.affected)
      throw AccountError(AccountErrorReason.MFA_ALREADY_ENABLED, { messageKey: 'error.mfaAlreadyEnabled' });
    return { secret, otpauthUri: otpauthUri(secret, user.email) };
  }

  /** Turns two-factor on once the app proves it has the secret; returns recovery codes, shown this once. */
  async confirmEnrollment(viewer: Viewer, input: ConfirmTotpInput): Promise<string[]> {
    await this.sessions.requireRecentPassword(viewer);
    const { code } = parseInput(confirmTotpRules, input);
    const user = await this.account(viewer.userId);
    const pending = !user.totpEnabledAt && user.totpSecret ? this.seal.open(user.id, user.totpSecret) : null;
    if (!pending || !user.totpSecret)
      throw AccountError(AccountErrorReason.MFA_NOT_PENDING, { messageKey: 'error.mfaNotPending' });
    const step = matchingStep(pending.secret, code);
    // The budget is spent before the outcome counts, like every code check.
    await this.guarded(user.id, () => Promise.resolve(step !== null));
    if (step === null) return this.refuseCode({ field: 'code', message: 'field.totpWrong' });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      const enabled = await manager
        .getRepository(UserEntity)
        .createQueryBuilder()
        .update()
        .set({
          totpSecret: this.seal.seal(user.id, { secret: pending.secret, lastStep: step }),
          totpEnabledAt: () => 'now()',
        })
        .where('id = :id AND totp_secret = :pending AND totp_enabled_at IS NULL', {
          id: user.id,
          pending: user.totpSecret,
        })
        .execute();
      // Another request confirmed or restarted the enrolment meanwhile.
      if (!enabled.affected)
        throw AccountError(AccountErrorReason.MFA_NOT_PENDING, { messageKey: 'error.mfaNotPending' });
      await this.replaceRecoveryCodes(user.id, codes, manager);
      await this.audit.record(
        { action: 'account.mfa_enabled', actorId: user.id, targetType: 'user', targetId: user.id },
        manager,
      );
    });
    return codes;
  }

  /** Turns two-factor off: needs the password and a current code (or a recovery code), under the sign-in budgets. */
  async disable(
    viewer: Viewer,
    input: DisableTotpInput,
    ctx: Pick<RequestContext, 'ip' | 'res'>,
  ): Promise<UserEntity> {
    requireSession(viewer);
    const { password, code } = parseInput(disableTotpRules, input);
    const user = await this.account(viewer.userId);
    if (!user.totpEnabledAt)
      throw AccountError(AccountErrorReason.MFA_NOT_ENABLED, { messageKey: 'error.mfaNotEnabled' });
    const attempt = await this.passwordAttempts.admit(user.email, ctx);
    if (!(await verifyPassword(user.passwordHash, password))) {
      await attempt.failed();
      throw AccountError(AccountErrorReason.PASSWORD_WRONG, {
        fieldErrors: [{ field: 'password', message: 'field.passwordWrong' }],
      });
    }
    await attempt.passed();
    const isTotpCode = isTotpCodeShaped(code);
    const passed = await this.guarded(user.id, () =>
      isTotpCode ? this.acceptTotpCode(user, code) : this.useRecoveryCode(user.id, code),
    );
    if (!passed)
      return this.refuseCode({
        field: 'code',
        message: isTotpCode ? 'field.totpWrong' : 'field.recoveryCodeWrong',
      });
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(UserEntity)
        .update({ id: user.id }, { totpSecret: null, totpEnabledAt: null });
      await manager.getRepository(RecoveryCodeEntity).delete({ userId: user.id });
      await this.audit.record(
        { action: 'account.mfa_disabled', actorId: user.id, targetType: 'user', targetId: user.id },
        manager,
      );
    });
    return this.account(user.id);
  }

  /**
   * Accepts a code at most once: its time step must be later than the last accepted one, and the
   * new step is stored with a conditional UPDATE on the sealed state, so of two concurrent requests
   * with the same code only one passes.
   */
  private async acceptTotpCode(user: UserEntity, code: string): Promise<boolean> {
    if (!user.totpEnabledAt || !user.totpSecret) return false;
    const state = this.seal.open(user.id, user.totpSecret);
    if (!state) {
      this.logger.error({ userId: user.id }, 'TOTP state does not open: was SESSION_SECRET changed?');
      return false;
    }
    const step = matchingStep(state.secret, code);
    if (step === null || (state.lastStep !== null && step <= state.lastStep)) return false;
    const accepted = await this.users
      .createQueryBuilder()
      .update()
      .set({ totpSecret: this.seal.seal(user.id, { secret: state.secret, lastStep: step }) })
      .where('id = :id AND totp_secret = :current', { id: user.id, current: user.totpSecret })
      .execute();
    return accepted.affected === 1;
  }

  private async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const used = await this.recoveryCodes
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :codeHash AND used_at IS NULL', {
        userId,
        codeHash: this.hashRecoveryCode(code),
      })
      .execute();
    return used.affected === 1;
  }

  private async replaceRecoveryCodes(userId: string, codes: string[], manager: EntityManager): Promise<void> {
    const repository = manager.getRepository(RecoveryCodeEntity);
    await repository.delete({ userId });
    await repository.insert(codes.map((code) => ({ userId, codeHash: this.hashRecoveryCode(code) })));
  }

  /** 50 random bits per code and a key outside the database: a keyed hash is enough, and can be looked up. */
  private hashRecoveryCode(code: string): string {
    return hashSecret(this.config.sessionSecret, `recovery:${normalizeRecoveryCode(code)}`);
  }

  /** Refuses a wrong code (its point of the budget was spent before the check). */
  refuseCode(problem: FieldProblem): never {
    throw AccountError(AccountErrorReason.MFA_CODE_WRONG, { fieldErrors: [problem] });
  }

  private async account(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    return user;
  }
}
