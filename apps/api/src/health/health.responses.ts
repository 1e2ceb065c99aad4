import { ApiPropertyOptional } from '@nestjs/swagger';
import { Prop } from '../http/schema';

export class DependencyHealthDto {
  @Prop.enum(['up', 'down']) status: 'up' | 'down';
  @Prop.string({ description: 'what was probed (host:port, database)' }) target: string;
  @ApiPropertyOptional({ description: 'why it is down' }) error?: string;
}

export class HealthDto {
  @Prop.enum(['ok', 'degraded']) status: 'ok' | 'degraded';
  @Prop.of(DependencyHealthDto) postgres: DependencyHealthDto;
  @Prop.of(DependencyHealthDto) temporal: DependencyHealthDto;
}
