import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { AppConfig } from '../../core/config/app-config.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { invalidInput } from '../../core/errors/domain.exception.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { AccessRevocations, type AccessRevoked } from '../sessions/access-revocation.js';
import { ApiTokenService } from '../tokens/api-token.service.js';
import { AccountError, AccountErrorReason } from '../account.errors.js';
import { changePasswordRules } from '../account.rules.js';
import { type ChangePasswordInput } from './dtos/change-password.input.js';
import { PasswordAttempts } from './password-attempts.js';
import { hashPassword, passwordProblem, verifyPassword } from './password-policy.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { requireSession } from '../sessions/session-required.js';
import { SessionService } from '../sessions/session.service.js';
import { UserEntity } from '../user.entity.js';

/** Changing a password, and what a new password means for the account's other credentials. */
@Injectable()
export class PasswordService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly audit: AuditLogService,
    private readonly passwordAttempts: PasswordAttempts,
    private readonly revocations: AccessRevocations,
    private readonly config: AppConfig,
  ) {}

  /**
   * Needs the current password (wrong guesses count against the account's sign-in budget, so a
   * stolen session cannot be used to guess it) and ends every other session of the account.
   */
  async change(
    viewer: Viewer,
    input: ChangePasswordInput,
    ctx: Pick<RequestContext, 'ip' | 'res'>,
  ): Promise<true> {
    const currentSessionId = requireSession(viewer);
    const fields = parseInput(changePasswordRules, input);
    const user = await this.users.findOneBy({ id: viewer.userId });
    if (!user) throw AccountError(AccountErrorReason.NOT_FOUND);
    const attempt = await this.passwordAttempts.admit(user.email, ctx);
    if (!(await verifyPassword(user.passwordHash, fields.currentPassword))) {
      await attempt.failed();
      throw AccountError(AccountErrorReason.PASSWORD_WRONG, {
        fieldErrors: [{ field: 'currentPassword', message: 'field.passwordWrong' }],
      });
    }
    await attempt.passed();
    const weak = await passwordProblem('newPassword', fields.newPassword);
    if (weak) throw invalidInput([weak]);
    const passwordHash = await hashPassword(fields.newPassword, this.config.env.PASSWORD_HASH_COST);
    const revoked = await this.dataSource.transaction(async (manager) => {
      const ended = await this.setPassword(user.id, passwordHash, manager, currentSessionId);
      await this.audit.record(
        {
          action: 'account.password_changed',
          actorId: user.id,
          targetType: 'user',
          targetId: user.id,
          metadata: { sessionsEnded: ended.length - ended.tokens, apiTokensRevoked: ended.tokens },
        },
        manager,
      );
      return ended;
    });
    await this.revocations.announce(revoked);
    return true;
  }

  /**
   * Stores a new password hash, voids unused reset links (they were for the old password) and
   * revokes every session but `keep` and every API token of the account: whoever knew the old
   * password may have opened them. Returns what was revoked, to announce after commit (which closes
   * their sockets on every instance).
   */
  async setPassword(
    userId: string,
    passwordHash: string,
    manager: EntityManager,
    keep: string | null,
  ): Promise<AccessRevoked[] & { tokens: number }> {
    await manager.getRepository(UserEntity).update({ id: userId }, { passwordHash });
    await manager
      .getRepository(PasswordResetEntity)
      .update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
    const sessions = await this.sessions.revokeAllOf(userId, manager, keep);
    const tokens = await this.tokens.revokeAllOf(userId, manager);
    const revoked: AccessRevoked[] = [
      ...sessions.map((sessionId) => ({ userId, sessionId })),
      ...tokens.map((apiTokenId) => ({ userId, apiTokenId })),
    ];
    return Object.assign(revoked, { tokens: tokens.length });
  }
}
