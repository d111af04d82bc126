import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import DataLoader from 'dataloader';
import { type RequestContext } from '../context/request-context.js';
import { can } from '../policy/can.js';

/** What anyone who may see a user sees: never the e-mail address. */
export interface PublicProfile {
  id: string;
  displayName: string;
}

/** Implemented by the accounts feature (`AccountService.findUsersByIds`). */
export interface ProfileSource {
  findUsersByIds(ids: readonly string[]): Promise<PublicProfile[]>;
}

export const PROFILE_SOURCE = Symbol('PROFILE_SOURCE');

const PROFILES = Symbol('userDirectory.profiles');

/**
 * Public profiles of members, inviters, audit actors (and later authors), batched per request.
 * Field resolvers that turn a user id into a user go through here: the policy
 * (`user.readProfile`) decides per viewer whether the profile is shown, so a rule that hides
 * someone (Chatham House) applies to every such field. Null when hidden or unknown.
 */
@Injectable()
export class UserDirectory {
  constructor(private readonly modules: ModuleRef) {}

  async profile(ctx: RequestContext, userId: string): Promise<PublicProfile | null> {
    // A sign-in's answer has no viewer yet: its only users are the account itself.
    if (ctx.viewer && !can(ctx.viewer, 'user.readProfile', { kind: 'user', userId })) return null;
    const loader = ctx.loaders.get(
      PROFILES,
      () =>
        new DataLoader<string, PublicProfile | null>(async (ids) => {
          const source = this.modules.get<ProfileSource>(PROFILE_SOURCE, { strict: false });
          const found = new Map((await source.findUsersByIds(ids)).map((user) => [user.id, user]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    return loader.load(userId);
  }
}
