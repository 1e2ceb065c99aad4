import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../../libs/config/src';
import { Allow, Public } from '../../../../libs/identity/src';
import { describeDatabaseUrl } from '../../../../libs/persistence/src';
import { TemporalClient } from '../../../../libs/temporal/src';

class DependencyStatusDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';
}

class DependencyDetailDto extends DependencyStatusDto {
  @ApiProperty({ example: '127.0.0.1:5432/huijian', description: 'where it was looked for (no credentials)' })
  target!: string;

  @ApiPropertyOptional({ description: 'the first line of the error, when down' })
  error?: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ type: DependencyStatusDto })
  postgres!: DependencyStatusDto;

  @ApiProperty({ type: DependencyStatusDto })
  temporal!: DependencyStatusDto;
}

class HealthDetailsDto extends HealthDto {
  @ApiProperty({ type: DependencyDetailDto })
  declare postgres: DependencyDetailDto;

  @ApiProperty({ type: DependencyDetailDto })
  declare temporal: DependencyDetailDto;
}

/**
 * Reachability of Postgres and Temporal; 503 while either is down, so a load balancer can act on it. The public
 * answer says up or down only: where the database lives and its raw errors are for system admins (/health/details).
 */
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
  @ApiOperation({ summary: 'Postgres and Temporal up or down (503 when either is down)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const details = await this.probe(res);
    return {
      status: details.status,
      postgres: { status: details.postgres.status },
      temporal: { status: details.temporal.status },
    };
  }

  @Get('details')
  @Allow('diagnostics:run')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The same with where each was looked for and its error (system admins)' })
  @ApiOkResponse({ type: HealthDetailsDto })
  @ApiServiceUnavailableResponse({ type: HealthDetailsDto })
  details(@Res({ passthrough: true }) res: Response): Promise<HealthDetailsDto> {
    return this.probe(res);
  }

  private async probe(res: Response): Promise<HealthDetailsDto> {
    const [postgres, temporal] = await Promise.all([
      check(describeDatabaseUrl(this.config.databaseUrl), () => withTimeout(this.db.query('SELECT 1'), 2000)),
      check(this.config.temporalAddress ?? '(unset)', () => this.temporal.ping(2000)),
    ]);
    const ok = postgres.status === 'up' && temporal.status === 'up';
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', postgres, temporal };
  }
}

async function check(target: string, probe: () => Promise<unknown>): Promise<DependencyDetailDto> {
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
