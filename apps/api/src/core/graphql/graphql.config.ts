import { type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { type AppConfig } from '../config/app-config.js';
import { credentialFrom } from '../auth/request-credential.js';
import { type ViewerResolver } from '../auth/viewer.js';
import { createRequestContext, type RequestContext } from '../context/request-context.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { serviceUnavailableOverHttp } from '../errors/service-unavailable-response.js';
import { localeFromAcceptLanguage, toSupportedLocale } from '../i18n/translate.js';
import { requestIdOf } from '../logging/request-log.js';
import { compiledExecutionPlugin } from './compiled-execution.js';
import { operationCostPlugin } from './operation-cost.js';
import { OPERATION_LIMIT_RULES } from './operation-limits.js';
import { withCarriedFields } from './carried-fields.js';
import { withContractScalars } from './contract-scalars.js';
import { DateTimeScalar } from './date-time.scalar.js';

/** Apollo over HTTP at /graphql. Subscriptions are served by our own graphql-ws server (subscription-server.ts). */
export function graphqlOptions(
  config: AppConfig,
  viewers: ViewerResolver,
  logger: Logger,
): ApolloDriverConfig {
  const formatError = createErrorFormatter(logger);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    // Nest's check runs the whole introspection query on the new schema at every start (~5 % of a
    // start's CPU); Apollo asserts the schema valid as it starts, and `npm run schema` and the
    // contract check print it all (default values included) at build time.
    // Our DateTime refuses what is not an instant (see the scalar); Nest's accepts anything.
    buildSchemaOptions: { skipCheck: true, scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    sortSchema: true,
    graphiql: false,
    introspection: introspectionEnabled(config),
    // "Did you mean …?" would spell out the schema to anyone probing it.
    hideSchemaDetailsFromClientErrors: config.env.NODE_ENV === 'production',
    csrfPrevention: true,
    // Field resolvers (members, memberCount, …) get the same guards and error filter as root fields.
    fieldResolverEnhancers: ['guards', 'filters'],
    includeStacktraceInErrorResponses: false,
    validationRules: OPERATION_LIMIT_RULES,
    // No HTTP caching of GraphQL answers; without this plugin Apollo computes cache hints on every field.
    // Queries run compiled (graphql-jit), their errors formatted by the same `formatError`: Nest's
    // wrapper around it only renames HttpExceptions' codes, which ours hides behind a correlation id.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      operationCostPlugin,
      compiledExecutionPlugin(formatError),
    ],
    transformSchema: (schema) => withCarriedFields(withContractScalars(schema)),
    formatError,
    context: ({ req, res }: { req: Request; res: Response }) =>
      httpContext(req, res, config, viewers).catch((error: unknown) => {
        throw isDatabaseUnavailable(error)
          ? serviceUnavailableOverHttp(localeFromAcceptLanguage(req.headers['accept-language']))
          : error;
      }),
  };
}

/** Off in production unless GRAPHQL_INTROSPECTION=true; GRAPHQL_INTROSPECTION=false turns it off anywhere. */
export function introspectionEnabled(config: AppConfig): boolean {
  if (config.env.GRAPHQL_INTROSPECTION) return config.env.GRAPHQL_INTROSPECTION === 'true';
  return config.env.NODE_ENV !== 'production';
}

async function httpContext(
  req: Request,
  res: Response,
  config: AppConfig,
  viewers: ViewerResolver,
): Promise<RequestContext> {
  const credential = credentialFrom(req.headers.authorization, req.headers.cookie, config.secureCookies);
  const userAgent = req.headers['user-agent'] ?? null;
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  const viewer = credential ? await viewers.resolve(credential, { userAgent, ip }) : null;
  return createRequestContext({
    viewer,
    locale: viewer
      ? toSupportedLocale(viewer.locale)
      : localeFromAcceptLanguage(req.headers['accept-language']),
    requestId: requestIdOf(req),
    ip,
    userAgent,
    origin: typeof req.headers.origin === 'string' ? req.headers.origin : null,
    res,
    transport: 'http',
  });
}
