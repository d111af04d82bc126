import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RedisHealth } from './redis-health.js';

/** Liveness and readiness for load balancers and orchestrators. */
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisHealth,
  ) {}

  @Get('healthz')
  @HttpCode(200)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * 200 only when the database answers and no migration is pending. Without Redis the instance
   * still serves (200), and the body says what is degraded.
   */
  @Get('readyz')
  async ready(): Promise<{ status: 'ready' } | { status: 'degraded'; degraded: { redis: string } }> {
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) throw new Error('migrations pending');
    } catch {
      throw new ServiceUnavailableException({ status: 'not ready' });
    }
    const redis = this.redis.degradation();
    return redis ? { status: 'degraded', degraded: { redis } } : { status: 'ready' };
  }
}
