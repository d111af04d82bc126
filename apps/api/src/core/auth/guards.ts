import { type CanActivate, type ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type RequestContext } from '../context/request-context.js';
import { forbidden, tokenReadOnly, unauthenticated } from '../errors/domain.exception.js';
import { type Viewer } from './viewer.js';

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/**
 * A read-only API token runs queries and subscriptions only. Every resolver has one of the guards
 * below (a lint rule makes sure), so checking here covers every mutation, public ones included.
 */
function refuseWritesByReadOnlyTokens(context: ExecutionContext): void {
  if (!requestContextOf(context).viewer?.readOnly) return;
  if (
    GqlExecutionContext.create(context).getInfo<{ operation: { operation: string } }>().operation
      .operation === 'mutation'
  ) {
    throw tokenReadOnly();
  }
}

/** Any signed-in account (session cookie or API token). */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!requestContextOf(context).viewer) throw unauthenticated();
    refuseWritesByReadOnlyTokens(context);
    return true;
  }
}

/** Deliberately open to anyone (sign-up, sign-in): the guard exists so "public" is a visible decision. */
@Injectable()
export class PublicGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    refuseWritesByReadOnlyTokens(context);
    return true;
  }
}

/** Platform administrators only. */
@Injectable()
export class PlatformAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const viewer = requestContextOf(context).viewer;
    if (!viewer) throw unauthenticated();
    if (!viewer.isPlatformAdmin) throw forbidden();
    refuseWritesByReadOnlyTokens(context);
    return true;
  }
}

/** The signed-in viewer; only for resolvers behind SignedInGuard or PlatformAdminGuard. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestContextOf(context).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context),
);
