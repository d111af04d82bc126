import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Response } from 'express';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { invalidInput } from '../core/errors/domain.exception.js';
import { RateLimits } from '../core/rate-limit/rate-limits.js';
import { parseInput } from '../core/validation/parse-input.js';
import { AccountError, AccountErrorReason } from './account.errors.js';
import { signInRules, signUpRules, updateProfileRules } from './account.rules.js';
import { AccessRevocations } from './access-revocation.js';
import { type SignInInput } from './dtos/sign-in.input.js';
import { type SignUpInput } from './dtos/sign-up.input.js';
import { type UpdateProfileInput } from './dtos/update-profile.input.js';
import { hashPassword, passwordProblem, verifyPassword } from './password-policy.js';
import { SecondFactorService } from './second-factor.service.js';
import { SessionService } from './session.service.js';
import { UserEntity } from './user.entity.js';

/** Serialises "is this the first account?" so exactly one account becomes the first platform admin. */
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
  ) {}

  async signUp(input: SignUpInput, ctx: RequestContext): Promise<UserEntity> {
    const res = requireHttp(ctx);
    await this.limits.consume('signUpByAddress', ctx.ip);
    const fields = parseInput(signUpRules, input);
    const weak = passwordProblem('password', fields.password);
    if (weak) throw invalidInput([weak]);
    const passwordHash = await hashPassword(fields.password);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ACCOUNT_LOCK]);
      const repository = manager.getRepository(UserEntity);
      if (await repository.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: fields.email }).getExists()) {
        throw AccountError(AccountErrorReason.EMAIL_TAKEN, { fieldErrors: [{ field: 'email', message: 'field.emailTaken' }] });
      }
      const isFirstAccount = (await repository.count()) === 0;
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
        }),
      );
      await this.audit.record({ action: 'account.signed_up', actorId: user.id, targetType: 'user', targetId: user.id, metadata: { firstAccount: isFirstAccount } }, manager);
      await this.sessions.start(user.id, ctx.userAgent, res, manager);
      return user;
    });
  }

  async signIn(input: SignInInput, ctx: RequestContext): Promise<UserEntity> {
    const res = requireHttp(ctx);
    const fields = parseInput(signInRules, input);
    const accountKey = fields.email.toLowerCase();
    await this.limits.assertAvailable('signInFailuresByAccount', accountKey);
    await this.limits.assertAvailable('signInFailuresByAddress', ctx.ip);
    const user = await this.users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: fields.email }).getOne();
    if (!(await verifyPassword(user?.passwordHash ?? null, fields.password)) || !user) {
      await this.recordFailure(user?.id ?? null, accountKey, ctx.ip, 'password');
      throw AccountError(AccountErrorReason.INVALID_CREDENTIALS, {
        messageKey: 'field.credentials',
        fieldErrors: [{ field: 'password', message: 'field.credentials' }],
      });
    }
    if (user.totpEnabledAt) {
      await this.limits.assertAvailable('secondFactorFailuresByAccount', user.id);
      const passed = await this.secondFactor.check(user, fields.totpCode ?? null, fields.recoveryCode ?? null);
      if (passed === 'missing') {
        throw AccountError(AccountErrorReason.MFA_REQUIRED, {
          messageKey: 'field.totpRequired',
          fieldErrors: [{ field: 'totpCode', message: 'field.totpRequired' }],
        });
      }
      if (passed === 'wrong') {
        await this.recordFailure(user.id, accountKey, ctx.ip, 'second_factor');
        await this.secondFactor.refuseCode(
          user.id,
          fields.totpCode ? { field: 'totpCode', message: 'field.totpWrong' } : { field: 'recoveryCode', message: 'field.recoveryCodeWrong' },
        );
      }
    }
    await this.limits.reset('signInFailuresByAccount', accountKey);
    await this.sessions.start(user.id, ctx.userAgent, res);
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
      await this.audit.record({ action: 'account.signed_out', actorId: userId, targetType: 'session', targetId: sessionId });
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

  /** Public profiles (id and display name) of the given accounts; unknown ids are left out. */
  findUsersByIds(ids: readonly string[]): Promise<Pick<UserEntity, 'id' | 'displayName'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.users.find({ select: { id: true, displayName: true }, where: { id: In([...ids]) } });
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

  private async recordFailure(userId: string | null, accountKey: string, ip: string, factor: string): Promise<void> {
    await this.audit.record({ action: 'account.sign_in_failed', actorId: null, targetType: 'user', targetId: userId, metadata: { factor } });
    await this.limits.consume('signInFailuresByAccount', accountKey);
    await this.limits.consume('signInFailuresByAddress', ip);
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
