import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountService } from '../accounts/account.service.js';
import { toUserOutput, type UserOutput } from '../accounts/dtos/user.output.js';
import { type RequestContext } from '../core/context/request-context.js';
import { toOrganizationOutput, type OrganizationOutput } from '../organizations/dtos/organization.output.js';
import { OrganizationService } from '../organizations/organization.service.js';

const USERS = Symbol('reviews.users');

/**
 * The people and organisations a report names (version authors, signers, owners of
 * recommendations), batched per request. Organisations go through the organisation policy; users
 * show their public profile (id, display name) only.
 */
@Injectable()
export class ReviewAuthors {
  constructor(
    private readonly accounts: AccountService,
    private readonly organizations: OrganizationService,
  ) {}

  async organization(ctx: RequestContext, organizationId: string | null): Promise<OrganizationOutput | null> {
    if (!organizationId) return null;
    const organization = await this.organizations.visibleById(ctx, organizationId);
    return organization ? toOrganizationOutput(organization) : null;
  }

  user(ctx: RequestContext, userId: string | null): Promise<UserOutput | null> {
    if (!userId) return Promise.resolve(null);
    const loader = ctx.loaders.get(
      USERS,
      () =>
        new DataLoader<string, UserOutput | null>(async (ids) => {
          const found = new Map(
            (await this.accounts.findUsersByIds(ids)).map((user) => [user.id, toUserOutput(user)]),
          );
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    return loader.load(userId);
  }
}
