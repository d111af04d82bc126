import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AppConfig } from '../../core/config/app-config.js';
import { hashSecret, newSecret } from '../../core/auth/credential-secret.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { forbidden, invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { isUuid } from '../../core/validation/uuid.js';
import { BlackoutWindowEntity } from '../elections/blackout-window.entity.js';
import { ElectionEntity } from '../elections/election.entity.js';
import { ElectionService } from '../elections/election.service.js';
import { EngagementEntity } from '../elections/engagement.entity.js';
import { MilestoneEntity } from '../elections/milestone.entity.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { toICalendar, type CalendarEntries } from './calendar-document.js';

export interface CreatedFeed {
  feed: CalendarFeedEntity;
  /** The secret address, shown once: only its hash is kept. */
  url: string;
}

/**
 * Elections linked to an organisation: those it is the authority of (it owns their timeline, even
 * before any engagement or relationship), and those of its engagements and its relationships that
 * have not ended.
 */
const ORGANIZATION_ELECTIONS = `
  SELECT e.id FROM elections e WHERE e.authority_organization_id = $1
  UNION
  SELECT eg.election_id FROM engagements eg
    JOIN engagement_organizations eo ON eo.engagement_id = eg.id WHERE eo.organization_id = $1
  UNION
  SELECT r.election_id FROM relationships r
   WHERE r.election_id IS NOT NULL AND r.status <> 'ENDED'
     AND $1 IN (r.proposer_organization_id, r.recipient_organization_id)`;

/** Private, revocable iCalendar feeds of an organisation (its members) or an election (anyone signed in). */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CalendarFeedEntity) private readonly feeds: Repository<CalendarFeedEntity>,
    private readonly elections: ElectionService,
    private readonly memberships: MembershipService,
    private readonly config: AppConfig,
  ) {}

  async create(
    viewer: Viewer,
    scope: { organizationId?: string | null; electionId?: string | null },
    origin: string | null,
  ): Promise<CreatedFeed> {
    const organizationId = scope.organizationId ?? null;
    const electionId = scope.electionId ?? null;
    // Exactly one scope: an organisation's calendar or an election's.
    if ((organizationId === null) === (electionId === null)) {
      throw invalidInput([{ field: 'organizationId', message: 'field.required' }]);
    }
    if (organizationId !== null && (await this.memberships.roleOf(viewer.userId, organizationId)) === null)
      throw forbidden();
    if (electionId !== null) await this.elections.get(electionId);
    const secret = newSecret('calendarFeed');
    const feed = await this.feeds.save(
      this.feeds.create({
        userId: viewer.userId,
        organizationId,
        electionId,
        tokenHash: hashSecret(this.config.sessionSecret, secret),
        revokedAt: null,
      }),
    );
    return { feed, url: this.config.publicLink(`/calendar/${secret}.ics`, origin ?? undefined) };
  }

  /** The feed's creator revokes it; its address stops working at once. */
  async revoke(viewer: Viewer, feedId: string): Promise<boolean> {
    if (!isUuid(feedId)) throw notFound();
    const result = await this.feeds.update(
      { id: feedId, userId: viewer.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!result.affected) throw notFound();
    return true;
  }

  /** The calendar behind a secret address, or null (unknown, revoked, or its owner left the organisation). */
  async render(secret: string): Promise<string | null> {
    const feed = await this.feeds.findOneBy({
      tokenHash: hashSecret(this.config.sessionSecret, secret),
      revokedAt: IsNull(),
    });
    if (!feed) return null;
    if (feed.organizationId) {
      if ((await this.memberships.roleOf(feed.userId, feed.organizationId)) === null) return null;
      const rows = (await this.dataSource.query(ORGANIZATION_ELECTIONS, [feed.organizationId])) as {
        id: string;
      }[];
      return toICalendar(
        await this.entries(
          'Election Workspace',
          rows.map((row) => row.id),
          feed,
        ),
      );
    }
    const election = await this.elections.get(feed.electionId ?? '');
    return toICalendar(await this.entries(election.name, [election.id], feed));
  }

  private async entries(
    name: string,
    electionIds: string[],
    feed: CalendarFeedEntity,
  ): Promise<CalendarEntries> {
    if (electionIds.length === 0) return { name, days: [], meetings: [] };
    const [elections, milestones, windows, engagements] = await Promise.all([
      this.dataSource
        .getRepository(ElectionEntity)
        .createQueryBuilder('e')
        .where('e.id IN (:...electionIds)', { electionIds })
        .getMany(),
      this.dataSource
        .getRepository(MilestoneEntity)
        .createQueryBuilder('m')
        .where('m.election_id IN (:...electionIds)', { electionIds })
        .getMany(),
      this.dataSource
        .getRepository(BlackoutWindowEntity)
        .createQueryBuilder('b')
        .where('b.election_id IN (:...electionIds)', { electionIds })
        .getMany(),
      this.visibleEngagements(electionIds, feed),
    ]);
    const electionName = new Map(elections.map((election) => [election.id, election.name]));
    return {
      name,
      days: [
        ...milestones.map((m) => ({
          id: `milestone-${m.id}`,
          title: `${electionName.get(m.electionId) ?? ''}: ${m.title}`,
          startsOn: m.startsOn,
          endsOn: m.endsOn,
          description: m.notes,
        })),
        ...windows.map((b) => ({
          id: `blackout-${b.id}`,
          title: `${electionName.get(b.electionId) ?? ''}: blackout`,
          startsOn: b.startsOn,
          endsOn: b.endsOn,
          description: b.reason,
        })),
      ],
      meetings: engagements.map((g) => ({
        id: `engagement-${g.id}`,
        title: g.title,
        startsAt: g.startsAt,
        endsAt: g.endsAt,
        description: `${g.kind} · ${electionName.get(g.electionId) ?? ''}`,
      })),
    };
  }

  /** An organisation feed shows that organisation's engagements; an election feed those its owner may see. */
  private visibleEngagements(electionIds: string[], feed: CalendarFeedEntity): Promise<EngagementEntity[]> {
    const query = this.dataSource
      .getRepository(EngagementEntity)
      .createQueryBuilder('g')
      .where('g.election_id IN (:...electionIds)', { electionIds });
    if (feed.organizationId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM engagement_organizations eo WHERE eo.engagement_id = g.id AND eo.organization_id = :organizationId)',
        {
          organizationId: feed.organizationId,
        },
      );
    } else {
      query.andWhere(
        `EXISTS (SELECT 1 FROM engagement_organizations eo JOIN memberships m ON m.organization_id = eo.organization_id
                  WHERE eo.engagement_id = g.id AND m.user_id = :userId)`,
        { userId: feed.userId },
      );
    }
    return query.getMany();
  }
}
