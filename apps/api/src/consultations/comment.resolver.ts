import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Ctx, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { CommentService } from './comment.service.js';
import { CommentOutput, toCommentOutput } from './dtos/comment.output.js';

@Resolver(() => CommentOutput)
@UseGuards(SignedInGuard)
export class CommentResolver {
  constructor(private readonly comments: CommentService) {}

  @Mutation(() => CommentOutput)
  async addBriefComment(
    @Args('briefId', { type: () => ID }) briefId: string,
    @Args('body', { type: () => String }) body: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<CommentOutput> {
    const { comment, context } = await this.comments.add(viewer, briefId, body);
    return toCommentOutput(comment, context.consultation, ctx.locale);
  }
}
