import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { type Logger } from 'pino';
import { AppConfig } from './config/app-config.js';
import { databaseOptions } from './database/database-options.js';
import { HealthController } from './health/health.controller.js';
import { RedisConnections } from './health/redis-connections.js';
import { RedisHealth } from './health/redis-health.js';
import { EventBus, createEventBus } from './pubsub/event-bus.js';
import { RateLimits } from './rate-limit/rate-limits.js';
import { SocketRegistry } from './graphql/socket-registry.js';
import { AuditEventEntity } from './audit/audit-event.entity.js';
import { AuditLogService } from './audit/audit-log.service.js';
import { APP_FILTER } from '@nestjs/core';
import { DomainExceptionFilter } from './errors/domain-exception.filter.js';
import { MigrationGate } from './database/migration-gate.js';
import { Mailer } from './mail/mailer.js';
import { LOGGER } from './logging/logger-token.js';
import { AccessEvents } from './policy/access-events.js';
import { ResourceAccess } from './policy/resource-access.js';
import { AccessGate } from './pubsub/access-gate.js';
import { UserDirectory } from './users/user-directory.js';

export { LOGGER };
export const REDIS = Symbol('REDIS');

/** Cross-cutting services every feature may inject: config, logger, database, pub/sub, limits, audit. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  static register(config: AppConfig, logger: Logger): DynamicModule {
    const connections = new RedisConnections(logger);
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({ ...databaseOptions(config.databaseUrl), autoLoadEntities: true }),
        TypeOrmModule.forFeature([AuditEventEntity]),
      ],
      controllers: [HealthController],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: RedisConnections, useValue: connections },
        { provide: EventBus, useFactory: () => createEventBus(config.env.REDIS_URL, connections) },
        {
          provide: REDIS,
          useFactory: () =>
            config.env.REDIS_URL
              ? connections.watch(
                  new Redis(config.env.REDIS_URL, { disableClientInfo: true, maxRetriesPerRequest: 3 }),
                  'rate limits',
                )
              : null,
        },
        { provide: RateLimits, useFactory: (redis: Redis | null) => new RateLimits(redis), inject: [REDIS] },
        {
          provide: RedisHealth,
          useFactory: () => new RedisHealth(connections),
        },
        { provide: SocketRegistry, useValue: new SocketRegistry() },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
        AuditLogService,
        MigrationGate,
        { provide: Mailer, useFactory: () => new Mailer(config) },
        AccessEvents,
        AccessGate,
        ResourceAccess,
        UserDirectory,
      ],
      exports: [
        Mailer,
        AppConfig,
        LOGGER,
        EventBus,
        REDIS,
        RedisConnections,
        RateLimits,
        SocketRegistry,
        AuditLogService,
        TypeOrmModule,
        AccessEvents,
        AccessGate,
        ResourceAccess,
        UserDirectory,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
    await this.redis?.quit();
  }
}
