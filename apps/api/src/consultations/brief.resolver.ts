import { UseGuards } from '@nestjs/common';
import { type GraphQLResolveInfo } from 'graphql';
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
import { CurrentViewer, Ctx, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { pageSize } from '../core/graphql/connection.js';
import { selectsField } from '../core/graphql/field-selection.js';
import { deliverWithFreshLoaders } from '../core/context/fresh-loaders.js';
import { type RequestContext } from '../core/context/request-context.js';
import { BriefReader, type BriefInContext } from './brief-reader.service.js';
import { BriefService } from './brief.service.js';
import { CommentService } from './comment.service.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { BriefEventOutput } from './dtos/brief-event.output.js';
import { CommentConnection, toCommentOutput } from './dtos/comment.output.js';
import { LiveBriefEvents } from './live-brief-events.service.js';
import { ConsultationOutput, toConsultationOutput } from './dtos/consultation.output.js';
import { BriefAnswerOutput, ContextBriefOutput, toBriefOutput } from './dtos/context-brief.output.js';
import { CreateBriefInput } from './dtos/create-brief.input.js';
import { UpdateBriefInput } from './dtos/update-brief.input.js';

@Resolver(() => ContextBriefOutput)
@UseGuards(SignedInGuard)
export class BriefResolver {
  constructor(
    private readonly briefs: BriefService,
    private readonly reader: BriefReader,
    private readonly consultations: ConsultationReader,
    private readonly commentService: CommentService,
    private readonly live: LiveBriefEvents,
  ) {}

  @Query(() => ContextBriefOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND unless the viewer may see this brief.',
  })
  async contextBrief(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.reader.forRequest(ctx, id), ctx);
  }

  @Mutation(() => ContextBriefOutput, { description: 'A DRAFT that only the writing organisation can see.' })
  async createBrief(
    @Args('input', { type: () => CreateBriefInput }) input: CreateBriefInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.create(viewer, input), ctx);
  }

  @Mutation(() => ContextBriefOutput)
  async updateBrief(
    @Args('input', { type: () => UpdateBriefInput }) input: UpdateBriefInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.update(viewer, input), ctx);
  }

  @Mutation(() => ContextBriefOutput)
  async submitBrief(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.submit(viewer, id), ctx);
  }

  @Mutation(() => ContextBriefOutput)
  async withdrawBrief(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.withdraw(viewer, id), ctx);
  }

  @Mutation(() => ContextBriefOutput, {
    description: 'The convenor only; FORBIDDEN for the brief’s own organisation.',
  })
  async acknowledgeBrief(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.acknowledge(viewer, id), ctx);
  }

  @Mutation(() => ContextBriefOutput, {
    description: 'The convenor only; FORBIDDEN for the brief’s own organisation.',
  })
  async respondToBrief(
    @Args('id', { type: () => ID }) id: string,
    @Args('body', { type: () => String }) body: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContextBriefOutput> {
    return present(await this.briefs.respond(viewer, id, body), ctx);
  }

  @Subscription(() => BriefEventOutput, {
    description:
      'Brief events of a consultation, each delivered only to viewers who may see that brief, redacted for them.',
    resolve: deliverWithFreshLoaders,
  })
  briefEvents(
    @Args('consultationId', { type: () => ID }) consultationId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<AsyncIterableIterator<BriefEventOutput>> {
    return this.live.subscribe(viewer, consultationId, ctx.locale);
  }

  @ResolveField('consultation', () => ConsultationOutput)
  async consultation(
    @Parent() brief: ContextBriefOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationOutput> {
    return toConsultationOutput(await this.consultations.forRequest(ctx, brief.consultationId));
  }

  @ResolveField('answers', () => [BriefAnswerOutput])
  answers(@Parent() brief: ContextBriefOutput, @Ctx() ctx: RequestContext): Promise<BriefAnswerOutput[]> {
    return this.reader.answers(ctx, brief.id);
  }

  @ResolveField('comments', () => CommentConnection, { description: 'Oldest first.' })
  async comments(
    @Parent() brief: ContextBriefOutput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CommentConnection> {
    // A page's brief carries its comment count: a list that shows only the count reads nothing more
    // (`first` still validated as on every connection).
    if (brief.commentCount !== undefined && after == null && pageSize(first) >= 0 && onlyCounts(info)) {
      return { totalCount: brief.commentCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    }
    const [consultation, page] = await Promise.all([
      this.consultations.forRequest(ctx, brief.consultationId),
      this.commentService.page(ctx, brief.id, first, after),
    ]);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: toCommentOutput(node, consultation, ctx.locale),
      })),
    };
  }
}

function onlyCounts(info: GraphQLResolveInfo): boolean {
  return !selectsField(info, 'edges') && !selectsField(info, 'pageInfo');
}

function present({ brief, consultation }: BriefInContext, ctx: RequestContext): ContextBriefOutput {
  return toBriefOutput(brief, consultation, ctx.locale);
}
