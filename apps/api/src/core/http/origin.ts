import { type IncomingMessage } from 'node:http';
import { type AppConfig } from '../config/app-config.js';

/**
 * True when the request's Origin is this deployment: PUBLIC_URL's origin when set, else the Host the
 * request was sent to. A request without Origin (a script, not a browser) passes: it cannot carry a
 * victim's cookie by accident.
 */
export function isSameOrigin(request: IncomingMessage, config: AppConfig): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (config.publicOrigin) return origin === config.publicOrigin;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
