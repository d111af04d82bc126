import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountService } from '../accounts/account.service.js';
import { toUserOutput, type UserOutput } from '../accounts/dtos/user.output.js';
import { type RequestContext } from '../core/context/request-context.js';

const USERS = Symbol('organizations.users');

/**
 * Public profiles (id, display name) of members, inviters and audit actors, read through the
 * accounts feature and batched per request. Callers only ask for users on objects the viewer may
 * already see.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly accounts: AccountService) {}

  user(ctx: RequestContext, userId: string): Promise<UserOutput | null> {
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
