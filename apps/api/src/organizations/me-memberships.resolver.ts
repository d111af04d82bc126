import { UseGuards } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MeOutput } from '../accounts/dtos/me.output.js';
import { PublicGuard } from '../core/auth/guards.js';
import { ListPageArgs } from '../core/pagination/list-page.js';
import { MembershipOutput, toMembershipOutput } from './dtos/membership.output.js';
import { MembershipService } from './membership.service.js';

@Resolver(() => MeOutput)
export class MeMembershipsResolver {
  constructor(private readonly membershipService: MembershipService) {}

  // `Me` is only ever built for the account itself, also in the answer to signIn/signUp where the
  // request has no viewer yet; so the parent's user id, not the viewer, says whose memberships.
  @ResolveField('memberships', () => [MembershipOutput])
  @UseGuards(PublicGuard)
  async memberships(@Parent() me: MeOutput, @Args() page: ListPageArgs): Promise<MembershipOutput[]> {
    return (await this.membershipService.membershipsOf(me.user.id, page)).map(toMembershipOutput);
  }
}
