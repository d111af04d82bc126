import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalUrl = (protocols: readonly string[], example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || hasProtocol(v, protocols), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')} (e.g. ${example})`,
    });

function hasProtocol(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * How hard password hashes are to compute. `test-minimum` exists so that test runs can make many
 * accounts without paying argon2's memory and passes each time; it is refused outside NODE_ENV=test.
 */
const PASSWORD_HASH_COSTS = ['standard', 'test-minimum'] as const;
export type PasswordHashCost = (typeof PASSWORD_HASH_COSTS)[number];

/** The process environment the API reads, with defaults. Every variable is documented in .env.example. */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:'], 'postgres://user:pass@host:5432/db'),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    REDIS_URL: optionalUrl(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    PUBLIC_URL: optionalUrl(['http:', 'https:'], 'https://workspace.example.org'),
    SESSION_SECRET: z
      .string()
      .optional()
      .refine((v) => v === undefined || v === '' || v.length >= 32, {
        message: 'must be at least 32 characters',
      })
      .transform((v) => (v === '' ? undefined : v)),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    SMTP_URL: optionalUrl(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.org:587'),
    MAIL_FROM: z.string().trim().min(3).default('Election Workspace <no-reply@localhost>'),
    MAX_SOCKETS_PER_ACCOUNT: z.coerce.number().int().min(1).default(1000),
    SESSION_IDLE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    SESSION_ABSOLUTE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    WEB_DIST_DIR: z.string().trim().optional(),
    /** `production` hides schema hints: no field suggestions, no introspection (unless GRAPHQL_INTROSPECTION=true). */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Introspection on or off whatever NODE_ENV says; codegen and the contract check read the emitted schema file instead. */
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    /** Express's `trust proxy`: false (default), true, a hop count, or subnets such as "loopback". */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('false')
      .transform((v): boolean | number | string =>
        v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v,
      ),
    /** Test runs only (see PASSWORD_HASH_COSTS), so not in .env.example. */
    PASSWORD_HASH_COST: z.enum(PASSWORD_HASH_COSTS).default('standard'),
  })
  .superRefine((config, context) => {
    if (config.PASSWORD_HASH_COST !== 'standard' && config.NODE_ENV !== 'test') {
      context.addIssue({
        code: 'custom',
        path: ['PASSWORD_HASH_COST'],
        message: `"${config.PASSWORD_HASH_COST}" is for test runs only (NODE_ENV=test): remove it`,
      });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;

/** Validates the environment; every bad variable is named in one message. */
export function parseConfig(env: NodeJS.ProcessEnv): ParsedConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}
