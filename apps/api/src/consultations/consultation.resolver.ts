import { UseGuards } from '@nestjs/common';
import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../core/graphql/field-selection.js';
import { CurrentViewer, Ctx, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { deliverWithFreshLoaders } from '../core/context/fresh-loaders.js';
import { type RequestContext } from '../core/context/request-context.js';
import { ElectionOutput } from '../planning/dtos/election.output.js';
import { ElectionService } from '../planning/elections/election.service.js';
import { BriefReader } from './brief-reader.service.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { ConsultationService } from './consultation.service.js';
import { LiveConsultationEvents } from './live-consultation-events.service.js';
import { ConsultationEventOutput } from './dtos/consultation-event.output.js';
import { RemoveConsultationParticipantInput } from './dtos/remove-participant.input.js';
import { ArchiveConsultationInput } from './dtos/archive-consultation.input.js';
import { BriefFilter } from './dtos/brief-filter.input.js';
import { BriefExportOutput } from './dtos/brief-export.output.js';
import { ExportConsultationBriefsInput } from './dtos/export-briefs.input.js';
import { BriefExportService } from './brief-export.service.js';
import { ConsultationDashboardService } from './consultation-dashboard.service.js';
import { ConsultationDashboardOutput } from './dtos/consultation-dashboard.output.js';
import { ConsultationFilter } from './dtos/consultation-filter.input.js';
import {
  ConsultationConnection,
  ConsultationOutput,
  toConsultationOutput,
} from './dtos/consultation.output.js';
import {
  BRIEF_CONTENT_FIELDS,
  BRIEF_SUBMITTER_FIELDS,
  ContextBriefConnection,
  toBriefOutput,
} from './dtos/context-brief.output.js';
import { CreateConsultationInput } from './dtos/create-consultation.input.js';
import { BriefStatus } from './dtos/graphql-enums.js';
import { UpdateConsultationInput } from './dtos/update-consultation.input.js';

@Resolver(() => ConsultationOutput)
@UseGuards(SignedInGuard)
export class ConsultationResolver {
  constructor(
    private readonly lifecycle: ConsultationService,
    private readonly reader: ConsultationReader,
    private readonly briefReader: BriefReader,
    private readonly elections: ElectionService,
    private readonly exports: BriefExportService,
    private readonly dashboards: ConsultationDashboardService,
    private readonly live: LiveConsultationEvents,
  ) {}

  @Query(() => ConsultationOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND unless the viewer belongs to the convenor or an invited organisation.',
  })
  async consultation(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.reader.forRequest(ctx, id));
  }

  @Query(() => ConsultationConnection, {
    description: 'Consultations the viewer convenes or is invited to, newest first.',
  })
  async consultations(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ConsultationFilter, nullable: true }) filter?: ConsultationFilter | null,
  ): Promise<ConsultationConnection> {
    const page = await this.reader.list(viewer, first, after, filter);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toConsultationOutput(node) })),
    };
  }

  @Mutation(() => ConsultationOutput)
  async createConsultation(
    @Args('input', { type: () => CreateConsultationInput }) input: CreateConsultationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.create(viewer, input));
  }

  @Mutation(() => ConsultationOutput)
  async updateConsultation(
    @Args('input', { type: () => UpdateConsultationInput }) input: UpdateConsultationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.update(viewer, input));
  }

  @Mutation(() => ConsultationOutput, {
    description: "Each invited organisation's owners and admins are notified.",
  })
  async inviteToConsultation(
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('organizationIds', { type: () => [ID] }) organizationIds: string[],
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.invite(viewer, consultationId, organizationIds));
  }

  @Mutation(() => ConsultationOutput, {
    description:
      'Before it closes: the organisation loses access at once; the briefs it submitted stay, redacted as before.',
  })
  async removeConsultationParticipant(
    @Args('input', { type: () => RemoveConsultationParticipantInput })
    input: RemoveConsultationParticipantInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.removeParticipant(viewer, input));
  }

  @Mutation(() => ConsultationOutput)
  async openConsultation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.transition(viewer, id, 'open'));
  }

  @Mutation(() => ConsultationOutput)
  async closeConsultation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.transition(viewer, id, 'close'));
  }

  @Mutation(() => ConsultationOutput, { description: 'DRAFT or CLOSED → ARCHIVED.' })
  async archiveConsultation(
    @Args('input', { type: () => ArchiveConsultationInput }) input: ArchiveConsultationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.transition(viewer, input.id, 'archive'));
  }

  @Mutation(() => ConsultationOutput)
  async publishConsultationOutcome(
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @Args('summary', { type: () => String }) summary: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.lifecycle.publishOutcome(viewer, consultationId, summary));
  }

  @Mutation(() => BriefExportOutput, {
    description:
      'The convenor’s CSV or printable HTML of the briefs, redacted as on screen; written to the audit log.',
  })
  exportConsultationBriefs(
    @Args('input', { type: () => ExportConsultationBriefsInput }) input: ExportConsultationBriefsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<BriefExportOutput> {
    return this.exports.export(viewer, input.consultationId, input.format, ctx.locale);
  }

  @Subscription(() => ConsultationEventOutput, {
    description:
      'What happens to the consultation itself (its outcome published), delivered while the viewer may see it.',
    resolve: deliverWithFreshLoaders,
  })
  consultationEvents(
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<ConsultationEventOutput>> {
    return this.live.subscribe(viewer, consultationId);
  }

  @ResolveField('dashboard', () => ConsultationDashboardOutput, {
    nullable: true,
    description:
      'The convenor’s overview (by status, topic and risk level, unanswered first); null for participants.',
  })
  async dashboard(
    @Parent() parent: ConsultationOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationDashboardOutput | null> {
    return this.dashboards.dashboard(await this.reader.forRequest(ctx, parent.id), ctx.locale);
  }

  @ResolveField('election', () => ElectionOutput, { nullable: true })
  election(
    @Parent() consultation: ConsultationOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ElectionOutput | null> {
    return consultation.electionId
      ? this.elections.outputById(ctx, consultation.electionId)
      : Promise.resolve(null);
  }

  @ResolveField('briefs', () => ContextBriefConnection, {
    description: 'The briefs the viewer may see, by submission time.',
  })
  async briefs(
    @Parent() parent: ConsultationOutput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('status', { type: () => BriefStatus, nullable: true }) status?: BriefStatus | null,
    @Args('filter', { type: () => BriefFilter, nullable: true }) filter?: BriefFilter | null,
  ): Promise<ContextBriefConnection> {
    const consultation = await this.reader.forRequest(ctx, parent.id);
    const narrowed = { ...filter, status: filter?.status ?? status ?? null };
    const page = await this.briefReader.list(
      consultation,
      {
        first,
        after,
        filter: narrowed,
        count: selectsField(info, 'totalCount'),
        carry: {
          answers: selectsField(info, 'edges', 'node', 'answers'),
          commentCount: selectsField(info, 'edges', 'node', 'comments'),
          content: BRIEF_CONTENT_FIELDS.some((field) => selectsField(info, 'edges', 'node', field)),
          submitter: BRIEF_SUBMITTER_FIELDS.some((field) => selectsField(info, 'edges', 'node', field)),
        },
      },
      ctx.locale,
    );
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: toBriefOutput(node, consultation, ctx.locale),
      })),
    };
  }
}
