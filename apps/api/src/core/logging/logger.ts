import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths never written to logs: credentials, cookies, and personal data such as contact details.
 * Keys are redacted wherever they appear in a logged object (request bodies, variables, errors).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.totpCode',
  '*.recoveryCode',
  '*.token',
  '*.secret',
  '*.acceptToken',
  '*.authorization',
  '*.email',
  '*.phone',
  '*.contact',
  '*.input.password',
  '*.input.newPassword',
  '*.input.currentPassword',
  '*.input.email',
  '*.variables',
  // A failed query's error carries its bound values (TypeORM) and PostgreSQL's detail, which quotes
  // the offending row, e.g. "Key (email)=(…) already exists".
  '*.parameters',
  '*.detail',
  '*.driverError.detail',
];

export function createLogger(level: LoggerOptions['level'], destination?: NodeJS.WritableStream): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: 'api' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
