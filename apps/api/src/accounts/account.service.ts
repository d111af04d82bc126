import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Response } from 'express';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { preparedStatement } from '../core/database/prepared-statement.js';
import { type Viewer } from '../core/auth/viewer.js';
import { AppConfig } from '../core/config/app-config.js';
import { type RequestContext } from '../core/context/request-context.js';
import { invalidInput, type DomainException } from '../core/errors/domain.exception.js';
import { isLoopbackAddress } from '../core/http/loopback.js';
import { RateLimits } from '../core/rate-limit/rate-limits.js';
import { parseInput } from '../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from './account.errors.js';
import { signInRules, signUpRules, updateProfileRules } from './account.rules.js';
import { SignUpMail } from './email-confirmation/sign-up-mail.js';
import { AccessRevocations } from './sessions/access-revocation.js';
import { type SignInInput } from './dtos/sign-in.input.js';
import { type SignUpInput } from './dtos/sign-up.input.js';
import { type UpdateProfileInput } from './dtos/update-profile.input.js';
import { PasswordAttempts } from './password/password-attempts.js';
import { PlatformSetup } from './platform-admin/platform-setup.js';
import { hashPassword, passwordProblem, verifyPassword } from './password/password-policy.js';
import { setDeviceCookie } from './sessions/device-cookie.js';
import { SecondFactorService } from './second-factor/second-factor.service.js';
import { SessionService } from './sessions/session.service.js';
import { UserEntity } from './user.entity.js';

/** Serialises "is there a platform admin yet?" so at most one sign-up becomes the first one. */
const FIRST_ACCOUNT_LOCK = 7_311_001;

@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly secondFactor: SecondFactorService,
    private readonly audit: AuditLogService,
    private readonly limits: RateLimits,
    private readonly revocations: AccessRevocations,
    private readonly passwordAttempts: PasswordAttempts,
    private readonly config: AppConfig,
    private readonly platformSetup: PlatformSetup,
    private readonly signUpMail: SignUpMail,
  ) {}

  /**
   * Without mail, creates the account and signs it in (an address already taken is refused). With
   * SMTP_URL set, signs nobody in: a new account waits for its e-mailed confirmation link, and an
   * address that already has an account gets a notice instead, answered with a look-alike pending
   * account so the answer does not reveal which addresses are registered (ADR 0008).
   */
  async signUp(input: SignUpInput, ctx: RequestContext): Promise<UserEntity> {
    const res = requireHttp(ctx);
    await this.limits.consume('signUpByAddress', ctx.ip);
    const fields = parseInput(signUpRules, input);
    const weak = await passwordProblem('password', fields.password);
    if (weak) throw invalidInput([weak]);
    // Hashed in every path, so an existing address takes as long to answer as a new one.
    const passwordHash = await hashPassword(fields.password, this.config.env.PASSWORD_HASH_COST);
    const confirmsFirst = this.signUpMail.confirmsFirst;
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ACCOUNT_LOCK]);
      const repository = manager.getRepository(UserEntity);
      const owner = await this.findUserByEmail(fields.email, manager);
      const adminMissing = !(await repository.existsBy({ isPlatformAdmin: true }));
      if (owner) {
        if (!confirmsFirst) {
          throw AccountError(AccountErrorReason.EMAIL_TAKEN, {
            fieldErrors: [{ field: 'email', message: 'field.emailTaken' }],
          });
        }
        // What a new account would look like, without spending the one-time setup link.
        const lookAlike = repository.create({
          id: randomUUID(),
          email: fields.email,
          displayName: fields.displayName,
          locale: fields.locale ?? ctx.locale,
          timeZone: fields.timeZone ?? 'UTC',
          isPlatformAdmin: adminMissing && isLoopbackAddress(ctx.ip),
          totpEnabledAt: null,
          emailConfirmedAt: null,
        });
        return { owner, user: lookAlike };
      }
      // While no platform admin exists, only the machine itself or the setup link makes one.
      const isFirstAccount =
        adminMissing && this.platformSetup.mayBecomeFirstAdmin(ctx.ip, fields.setupToken);
      const user = await repository.save(
        repository.create({
          email: fields.email,
          displayName: fields.displayName,
          passwordHash,
          locale: fields.locale ?? ctx.locale,
          timeZone: fields.timeZone ?? 'UTC',
          isPlatformAdmin: isFirstAccount,
          totpSecret: null,
          totpEnabledAt: null,
          awaitingEmailConfirmation: confirmsFirst,
        }),
      );
      await this.audit.record(
        {
          action: 'account.signed_up',
          actorId: user.id,
          targetType: 'user',
          targetId: user.id,
          metadata: { firstAccount: isFirstAccount },
        },
        manager,
      );
      if (!confirmsFirst) await this.sessions.start(user.id, ctx.userAgent, res, manager);
      return { owner: null, user };
    });
    if (outcome.owner) await this.signUpMail.warnOwner(outcome.owner);
    else if (confirmsFirst) await this.signUpMail.welcome(outcome.user);
    return outcome.user;
  }

  async signIn(input: SignInInput, ctx: RequestContext): Promise<UserEntity> {
    const res = requireHttp(ctx);
    const fields = parseInput(signInRules, input);
    const attempt = await this.passwordAttempts.admit(fields.email, ctx);
    const user = await this.users
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: fields.email })
      .getOne();
    if (!(await verifyPassword(user?.passwordHash ?? null, fields.password)) || !user) {
      await attempt.failed();
      await this.recordFailure(user?.id ?? null, 'password');
      throw AccountError(AccountErrorReason.INVALID_CREDENTIALS, {
        messageKey: 'field.credentials',
        fieldErrors: [{ field: 'password', message: 'field.credentials' }],
      });
    }
    if (user.awaitingEmailConfirmation && !user.emailConfirmedAt) {
      // The right password proves the owner: tell them why, and mail a fresh link.
      await attempt.passed();
      await this.signUpMail.remind(user);
      throw AccountError(AccountErrorReason.EMAIL_UNCONFIRMED, {
        messageKey: 'accounts.signInEmailUnconfirmed',
      });
    }
    if (user.totpEnabledAt) {
      const passed = await this.secondFactor.check(
        user,
        fields.totpCode ?? null,
        fields.recoveryCode ?? null,
      );
      if (passed === 'missing') {
        // The password was right: this attempt is not a failure, the form just asks for the code.
        await attempt.passed();
        throw AccountError(AccountErrorReason.MFA_REQUIRED, {
          messageKey: 'field.totpRequired',
          fieldErrors: [{ field: 'totpCode', message: 'field.totpRequired' }],
        });
      }
      if (passed === 'wrong') {
        await attempt.failed();
        await this.recordFailure(user.id, 'second_factor');
        this.secondFactor.refuseCode(
          fields.totpCode
            ? { field: 'totpCode', message: 'field.totpWrong' }
            : { field: 'recoveryCode', message: 'field.recoveryCodeWrong' },
        );
      }
    }
    await attempt.passed();
    await this.sessions.start(user.id, ctx.userAgent, res);
    setDeviceCookie(
      res,
      this.config.secureCookies,
      this.config.sessionSecret,
      fields.email.trim().toLowerCase(),
    );
    await this.audit.record({
      action: 'account.signed_in',
      actorId: user.id,
      targetType: 'user',
      targetId: user.id,
      metadata: { secondFactor: secondFactorUsed(user, fields) },
    });
    return user;
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    if (ctx.viewer?.sessionId) {
      const { userId, sessionId } = ctx.viewer;
      await this.sessions.revoke(sessionId);
      await this.audit.record({
        action: 'account.signed_out',
        actorId: userId,
        targetType: 'session',
        targetId: sessionId,
      });
      await this.revocations.announce([{ userId, sessionId }]);
    }
    if (ctx.res) this.sessions.clearCookie(ctx.res);
    return true;
  }

  /** Changes only the fields given; each is validated like at sign-up. */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<UserEntity> {
    const fields = parseInput(updateProfileRules, input);
    const changes: Partial<Pick<UserEntity, 'displayName' | 'locale' | 'timeZone'>> = {};
    if (fields.displayName != null) changes.displayName = fields.displayName;
    if (fields.locale != null) changes.locale = fields.locale;
    if (fields.timeZone != null) changes.timeZone = fields.timeZone;
    if (Object.keys(changes).length > 0) await this.users.update({ id: viewer.userId }, changes);
    return this.me(viewer.userId);
  }

  /** `manager`: read inside the caller's transaction (on its connection), e.g. from a command. */
  async me(userId: string, manager?: EntityManager): Promise<UserEntity> {
    const user = await (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ id: userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    return user;
  }

  // --- For other features (organizations): look-ups that return only what those features may use.

  /** The refusal for an action that trusts the account's address before it is confirmed. */
  emailUnconfirmed(field: string): DomainException {
    return AccountError(AccountErrorReason.EMAIL_UNCONFIRMED, {
      messageKey: 'accounts.emailUnconfirmed',
      fieldErrors: [{ field, message: 'accounts.emailUnconfirmed' }],
    });
  }

  /** Public profiles (id and display name) of the given accounts; unknown ids are left out. */
  findUsersByIds(ids: readonly string[]): Promise<Pick<UserEntity, 'id' | 'displayName'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    // Every feature's user loader and every co-editing connection's presence come here: one prepared
    // statement, not a TypeORM find (≈ 1 ms of query building a call in a profile of report opens).
    return preparedStatement<Pick<UserEntity, 'id' | 'displayName'>>(
      this.dataSource,
      'SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /** The account registered with this e-mail address (any case), or null; `manager` as for `me`. */
  findUserByEmail(
    email: string,
    manager?: EntityManager,
  ): Promise<Pick<UserEntity, 'id' | 'displayName' | 'email' | 'locale'> | null> {
    return (manager?.getRepository(UserEntity) ?? this.users)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName', 'u.email', 'u.locale'])
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  private async recordFailure(userId: string | null, factor: string): Promise<void> {
    await this.audit.record({
      action: 'account.sign_in_failed',
      actorId: null,
      targetType: 'user',
      targetId: userId,
      metadata: { factor },
    });
  }
}

function secondFactorUsed(user: UserEntity, fields: { totpCode?: string | null }): string | null {
  if (!user.totpEnabledAt) return null;
  return fields.totpCode ? 'totp' : 'recovery_code';
}

function requireHttp(ctx: RequestContext): Response {
  if (!ctx.res) throw AccountError(AccountErrorReason.NEEDS_HTTP);
  return ctx.res;
}
