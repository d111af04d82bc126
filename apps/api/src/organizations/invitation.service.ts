import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { LIMITS } from '@ecw/domain';
import { AccountService } from '../accounts/account.service.js';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { hashSecret, newSecret } from '../core/auth/credential-secret.js';
import { type Viewer } from '../core/auth/viewer.js';
import { AppConfig } from '../core/config/app-config.js';
import { type RequestContext } from '../core/context/request-context.js';
import { LOGGER } from '../core/core.module.js';
import { translate } from '../core/i18n/translate.js';
import { Mailer } from '../core/mail/mailer.js';
import { forbidden, notFound } from '../core/errors/domain.exception.js';
import { can } from '../core/policy/can.js';
import { accountSubject } from '../core/policy/policy-subject.js';
import { canAssignRole } from '../core/policy/resources/membership.policy.js';
import { loadOrganizationFacts, organizationResource } from '../core/policy/resources/organization.policy.js';
import { RateLimits } from '../core/rate-limit/rate-limits.js';
import { parseInput } from '../core/validation/parse-input.js';
import { NotificationService } from '../notifications/notification.service.js';
import { announceAll, type Announcement } from '../core/transaction/announcements.js';
import { type InviteMemberInput } from './dtos/invite-member.input.js';
import { InvitationEntity } from './invitation.entity.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationError, OrganizationErrorReason, ownerOnly } from './organization.errors.js';
import { isUuid } from '../core/validation/uuid.js';
import { inviteMemberRules } from './organization.rules.js';
import { OrganizationEvents } from './organization-events.js';
import { OrganizationService } from './organization.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Our invitation secrets are about 50 characters; anything far longer is not one of them. */
const TOKEN_MAX = 200;

export interface IssuedInvitation {
  invitation: InvitationEntity;
  /** The secret itself, returned this once; only its keyed hash is stored. */
  acceptToken: string;
}

function isPending(invitation: InvitationEntity, now = Date.now()): boolean {
  return (
    invitation.acceptedAt === null && invitation.revokedAt === null && invitation.expiresAt.getTime() > now
  );
}

@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InvitationEntity) private readonly invitations: Repository<InvitationEntity>,
    private readonly organizations: OrganizationService,
    private readonly accounts: AccountService,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationService,
    private readonly events: OrganizationEvents,
    private readonly limits: RateLimits,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * OWNER/ADMIN invite by e-mail (only an OWNER invites an OWNER). A newer invitation to the same
   * address replaces the pending one. An existing account with that address is told at once.
   */
  async invite(viewer: Viewer, input: InviteMemberInput): Promise<IssuedInvitation> {
    const fields = parseInput(inviteMemberRules, input);
    const acceptToken = newSecret('invitation');
    const { invitation, organizationName, announcements } = await this.dataSource.transaction(async (manager) => {
      const { organization, facts } = await this.organizations.authorize(
        viewer,
        'members.invite',
        fields.organizationId,
        manager,
      );
      if (!canAssignRole(facts.viewerRole, null, fields.role)) throw ownerOnly('role');
      // One invitation per address at a time: concurrent invitations to it queue here.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `invitation:${organization.id}:${fields.email.toLowerCase()}`,
      ]);
      // On this transaction's connection: a second pooled one while holding the lock could starve the pool.
      const invitee = await this.accounts.findUserByEmail(fields.email, manager);
      if (
        invitee &&
        (await manager
          .getRepository(MembershipEntity)
          .existsBy({ organizationId: organization.id, userId: invitee.id }))
      ) {
        throw OrganizationError(OrganizationErrorReason.ALREADY_MEMBER, {
          messageKey: 'field.alreadyMember',
          fieldErrors: [{ field: 'email', message: 'field.alreadyMember' }],
        });
      }
      const replaced = await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ revokedAt: () => 'now()' })
        .where(
          'organization_id = :organizationId AND lower(email) = lower(:email) AND accepted_at IS NULL AND revoked_at IS NULL',
          {
            organizationId: organization.id,
            email: fields.email,
          },
        )
        .execute();
      const repository = manager.getRepository(InvitationEntity);
      const invitation = await repository.save(
        repository.create({
          organizationId: organization.id,
          email: fields.email,
          role: fields.role,
          tokenHash: hashSecret(this.config.sessionSecret, acceptToken),
          invitedBy: viewer.userId,
          expiresAt: new Date(Date.now() + LIMITS.invitationTtlDays * DAY_MS),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.audit.record(
        {
          action: 'member.invited',
          actorId: viewer.userId,
          organizationId: organization.id,
          targetType: 'invitation',
          targetId: invitation.id,
          metadata: { role: fields.role, replacedInvitations: replaced.affected ?? 0 },
        },
        manager,
      );
      const announcements: Announcement[] = [];
      if (invitee) {
        const inviter = await this.accounts.me(viewer.userId, manager);
        const notification = await this.notifications.notify(
          {
            userId: invitee.id,
            kind: 'invitationReceived',
            params: { inviter: inviter.displayName, organization: organization.name, role: fields.role },
            // The invitee's own accept link: only that account can use it (acceptance checks the e-mail).
            link: `/invitations/accept?token=${encodeURIComponent(acceptToken)}`,
          },
          manager,
        );
        announcements.push(notification.announce);
      }
      return { invitation, organizationName: organization.name, announcements };
    });
    await announceAll(announcements, this.logger);
    await this.mailInvitation(invitation, organizationName, acceptToken, viewer);
    return { invitation, acceptToken };
  }

  /**
   * With SMTP configured, the invitee also gets the link by e-mail (the inviter still sees it once,
   * to hand over another way). Links point at PUBLIC_URL only: the request's Origin is chosen by
   * the caller. A refusing mail server does not undo the invitation; it is logged.
   */
  private async mailInvitation(invitation: InvitationEntity, organization: string, acceptToken: string, viewer: Viewer): Promise<void> {
    if (!this.mailer.configured) return;
    if (!this.config.publicOrigin) {
      this.logger.warn('invitation e-mail not sent: set PUBLIC_URL so that e-mailed links point at this deployment');
      return;
    }
    const [inviter, invitee] = await Promise.all([this.accounts.me(viewer.userId), this.accounts.findUserByEmail(invitation.email)]);
    const locale = invitee?.locale ?? inviter.locale;
    const params = {
      inviter: inviter.displayName,
      organization,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString().slice(0, 16).replace('T', ' '),
      link: this.config.publicLink(`/invitations/accept?token=${encodeURIComponent(acceptToken)}`),
    };
    try {
      await this.mailer.send({
        to: invitation.email,
        subject: translate(locale, 'mail.invitationSubject', params),
        text: translate(locale, 'mail.invitationBody', params),
      });
    } catch (error) {
      this.logger.error({ err: error, invitationId: invitation.id }, 'invitation e-mail not sent');
    }
  }

  /** What an invitation link offers, for anyone holding it; rate-limited per address. */
  async preview(
    ctx: RequestContext,
    token: string,
  ): Promise<{ invitation: InvitationEntity; organizationName: string }> {
    await this.limits.consume('invitationLookupByAddress', ctx.ip);
    if (token.length > TOKEN_MAX) throw notFound();
    const { entities, raw } = await this.invitations
      .createQueryBuilder('i')
      .innerJoin(OrganizationEntity, 'o', 'o.id = i.organizationId')
      .addSelect('o.name', 'organization_name')
      .where('i.tokenHash = :tokenHash', { tokenHash: hashSecret(this.config.sessionSecret, token.trim()) })
      .getRawAndEntities<{ organization_name: string }>();
    const invitation = entities[0];
    const organizationName = raw[0]?.organization_name;
    if (!invitation || !organizationName || !isPending(invitation)) throw notFound();
    return { invitation, organizationName };
  }

  /**
   * Only the account the invitation was sent to (e-mail, any case) accepts it, once, before it
   * expires. The inviter hears about it while still a member of the organisation.
   */
  async accept(viewer: Viewer, token: string): Promise<MembershipEntity> {
    if (token.length > TOKEN_MAX) throw notFound();
    const account = await this.accounts.me(viewer.userId);
    const { membership, announcements } = await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('i.tokenHash = :tokenHash', { tokenHash: hashSecret(this.config.sessionSecret, token.trim()) })
        .setLock('pessimistic_write')
        .getOne();
      if (!invitation || !isPending(invitation)) throw notFound();
      if (!can(viewer, 'invitation.accept', { kind: 'invitation', invitedEmail: invitation.email, subjectEmail: account.email })) {
        throw OrganizationError(OrganizationErrorReason.INVITATION_FOR_ANOTHER_EMAIL, {
          messageKey: 'field.invitationEmail',
          fieldErrors: [{ field: 'token', message: 'field.invitationEmail' }],
        });
      }
      const membership = await this.join(manager, invitation, viewer.userId);
      await manager
        .getRepository(InvitationEntity)
        .save(Object.assign(invitation, { acceptedAt: new Date() }));
      await this.audit.record(
        {
          action: 'member.joined',
          actorId: viewer.userId,
          organizationId: invitation.organizationId,
          targetType: 'membership',
          targetId: membership.id,
          metadata: { role: membership.role, invitationId: invitation.id },
        },
        manager,
      );
      return {
        membership,
        announcements: [
          ...this.events.membershipChanged(invitation.organizationId, viewer.userId),
          ...(await this.tellInviter(manager, invitation, account.displayName)),
        ],
      };
    });
    await announceAll(announcements, this.logger);
    return membership;
  }

  /** Open invitations of an organisation, newest first, for its OWNERs and ADMINs. */
  async pending(viewer: Viewer, organizationId: string): Promise<InvitationEntity[]> {
    const { organization } = await this.organizations.authorize(viewer, 'members.invite', organizationId);
    return this.invitations
      .createQueryBuilder('i')
      .where(
        'i.organizationId = :organizationId AND i.acceptedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()',
        {
          organizationId: organization.id,
        },
      )
      .orderBy('i.createdAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }

  /**
   * OWNER/ADMIN revoke a pending invitation. Invitations belong to the member list: to anyone who
   * may not read that list they do not exist.
   */
  async revoke(viewer: Viewer, invitationId: string): Promise<boolean> {
    if (!isUuid(invitationId)) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(InvitationEntity)
        .createQueryBuilder('i')
        .where('i.id = :invitationId', { invitationId })
        .setLock('pessimistic_write')
        .getOne();
      if (!invitation) throw notFound();
      const { facts } = await this.organizations.access(viewer, invitation.organizationId, manager);
      const organization = organizationResource(invitation.organizationId, facts);
      if (!can(viewer, 'members.read', organization)) throw notFound();
      if (!can(viewer, 'members.invite', organization)) throw forbidden();
      if (!isPending(invitation)) throw notFound();
      await manager
        .getRepository(InvitationEntity)
        .save(Object.assign(invitation, { revokedAt: new Date() }));
      await this.audit.record(
        {
          action: 'member.invitation_revoked',
          actorId: viewer.userId,
          organizationId: invitation.organizationId,
          targetType: 'invitation',
          targetId: invitation.id,
          metadata: { role: invitation.role },
        },
        manager,
      );
    });
    return true;
  }

  /** Adds the member; CONFLICT when they already are one (whatever their role). */
  private async join(
    manager: EntityManager,
    invitation: InvitationEntity,
    userId: string,
  ): Promise<MembershipEntity> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ organizationId: invitation.organizationId, userId, role: invitation.role })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (!id) {
      throw OrganizationError(OrganizationErrorReason.ALREADY_MEMBER, { messageKey: 'error.alreadyMember' });
    }
    return manager.getRepository(MembershipEntity).findOneByOrFail({ id });
  }

  /** Tells the inviter someone joined, unless they have since left (a member list is for members only). */
  private async tellInviter(
    manager: EntityManager,
    invitation: InvitationEntity,
    memberName: string,
  ): Promise<Announcement[]> {
    if (!invitation.invitedBy) return [];
    // "Someone joined" is member-list news: only for an inviter who may still read that list.
    const inviter = accountSubject(invitation.invitedBy);
    const facts = await loadOrganizationFacts(manager, inviter, invitation.organizationId);
    if (!facts || !can(inviter, 'members.read', organizationResource(invitation.organizationId, facts))) return [];
    const organization = await manager
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: invitation.organizationId });
    const notification = await this.notifications.notify(
      {
        userId: invitation.invitedBy,
        kind: 'memberJoined',
        params: { member: memberName, organization: organization.name },
        link: `/organizations/${organization.id}`,
      },
      manager,
    );
    return [notification.announce];
  }
}
