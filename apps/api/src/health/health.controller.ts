import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src';
import { Public } from '../../../../libs/identity/src';
import { describeDatabaseUrl } from '../../../../libs/persistence/src';
import { TemporalClient } from '../../../../libs/temporal/src';
import { HealthDto } from './health.responses';

interface DependencyHealth {
  status: 'up' | 'down';
  target: string;
  error?: string;
}

/** Reachability of Postgres and Temporal; 503 while either is down, so a load balancer can act on it. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Postgres and Temporal reachability (503 when either is down)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres or Temporal is down' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const [postgres, temporal] = await Promise.all([
      check(describeDatabaseUrl(this.config.databaseUrl), () => withTimeout(this.db.query('SELECT 1'), 2000)),
      check(this.config.temporalAddress ?? '(unset)', () => this.temporal.ping(2000)),
    ]);
    const ok = postgres.status === 'up' && temporal.status === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', postgres, temporal };
  }
}

async function check(target: string, probe: () => Promise<unknown>): Promise<DependencyHealth> {
  try {
    await probe();
    return { status: 'up', target };
  } catch (error) {
    return { status: 'down', target, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}
