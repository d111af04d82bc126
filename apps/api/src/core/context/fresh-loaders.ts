import { LoaderRegistry } from './loader-registry.js';
import { type RequestContext } from './request-context.js';

/**
 * The `resolve` of a subscription whose events arrive already presented for the viewer. A
 * subscription's context lives as long as the socket operation, so each event gets fresh loaders:
 * its nested fields must not be answered from the previous event's cache.
 */
export function deliverWithFreshLoaders<T>(event: T, _args: unknown, ctx: RequestContext): T {
  ctx.loaders = new LoaderRegistry();
  return event;
}
