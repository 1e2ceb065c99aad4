import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { AuditService } from '../../../../libs/audit/src';
import { Allow } from '../../../../libs/identity/src';
import { Field } from '../http/dto-fields';
import { type List, listOf } from '../http/schema';
import { AuditEntryDto, AuditEntryListDto } from './audit.responses';

export class AuditQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorPersonId?: string;

  @ApiPropertyOptional({ example: 'POST /items/:id/plan', description: 'exactly: method and route' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  action?: string;

  @ApiPropertyOptional({ description: "exactly: the route's ids joined by / (an item id, …)" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  target?: string;

  @Field.optionalDateTime()
  since?: Date;

  @Field.optionalDateTime()
  until?: Date;

  @ApiPropertyOptional({ default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 100;
}

/** The audit log of every write, for system admins. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow('audit:read')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditEntryListDto })
  async list(@Query() query: AuditQuery): Promise<List<AuditEntryDto>> {
    return listOf(await this.audit.list(query));
  }
}
