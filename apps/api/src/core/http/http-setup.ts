import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type Logger } from 'pino';
import { requestLog } from '../logging/request-log.js';
import { type AppConfig } from '../config/app-config.js';
import { MAX_REQUEST_BYTES } from '../graphql/operation-limits.js';
import { translate, localeFromAcceptLanguage } from '../i18n/translate.js';

/** Security headers, logging, body limits and the web app, in the order requests meet them. */
export function configureHttp(
  app: NestExpressApplication,
  config: AppConfig,
  logger: Logger,
  webDir: string,
): void {
  app.set('trust proxy', config.env.TRUST_PROXY);
  // Express hashes every body for an ETag; GraphQL responses are never revalidated, so skip the work.
  app.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
      // HSTS over plain http would be ignored at best; send it only when we are served over https.
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use(requestLog(logger));
  app.use('/graphql', express.json({ limit: MAX_REQUEST_BYTES }), payloadTooLarge);
  serveWebApp(app, webDir);
}

function contentSecurityPolicy(config: AppConfig): Record<string, string[]> {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Mantine writes its theme variables into a <style> element at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  if (config.secureCookies) directives['upgrade-insecure-requests'] = [];
  return directives;
}

/** A body over the limit gets 413 with a GraphQL-shaped error, so clients parse it like any other. */
function payloadTooLarge(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if ((error as { type?: string }).type !== 'entity.too.large') return next(error);
  const locale = localeFromAcceptLanguage(req.headers['accept-language']);
  res.status(413).json({
    errors: [
      {
        message: translate(locale, 'error.tooLarge', { limit: '1 MB' }),
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  });
}

/** The built SPA: hashed assets cached for a year, every other GET path answered with index.html. */
function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  app.use('/assets', express.static(join(webDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(webDir, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi =
      req.path === '/graphql' ||
      req.path === '/healthz' ||
      req.path === '/readyz' ||
      req.path.startsWith('/calendar/');
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web app is not built. Run `npm start` (it builds it) or `npx nx run web:build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
