import { type Response } from 'express';
import { type Viewer } from '../auth/viewer.js';
import { LoaderRegistry } from './loader-registry.js';

/** The GraphQL context of one HTTP request, or of one operation on a WebSocket. */
export interface RequestContext {
  viewer: Viewer | null;
  /** BCP-47 base language used for messages: the viewer's profile, else Accept-Language. */
  locale: string;
  requestId: string;
  ip: string;
  userAgent: string | null;
  /** The origin the browser runs on, used to build links; null for scripts. */
  origin: string | null;
  loaders: LoaderRegistry;
  /** Present over HTTP only: sign-in and sign-out set the session cookie on it. */
  res: Response | null;
  transport: 'http' | 'ws';
}

/**
 * Written out field by field rather than spread: in this process a spread plus one more field gave
 * every context a hidden class of its own (a map, its descriptors and an out-of-object property
 * array, ~600 bytes per object; docs/benchmarks.md, memory per socket, session 6).
 */
export function createRequestContext(fields: Omit<RequestContext, 'loaders'>): RequestContext {
  return {
    viewer: fields.viewer,
    locale: fields.locale,
    requestId: fields.requestId,
    ip: fields.ip,
    userAgent: fields.userAgent,
    origin: fields.origin,
    loaders: new LoaderRegistry(),
    res: fields.res,
    transport: fields.transport,
  };
}
