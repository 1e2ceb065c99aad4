import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { Severity } from '../../../../libs/domain/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { ItemsService } from '../../../../libs/items/src';
import { PoliciesService } from '../../../../libs/policies/src';
import { type List, listOf } from '../http/schema';
import { RebaseResultDto } from '../items/items.responses';
import {
  CalendarOverrideListDto,
  CalendarOverrideViewDto,
  ItemPolicyDto,
  PolicySetDto,
  PolicySetVersionDto,
  PolicySetVersionListDto,
} from './policies.responses';

export class CreatePolicyDto {
  @ApiProperty({ type: ItemPolicyDto, description: 'the item policy (without version)' })
  @IsObject()
  base: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: true },
    description: 'per severity (minor, major, critical): the fields of base that differ',
  })
  @IsOptional()
  @IsObject()
  bySeverity?: Partial<Record<Severity, Record<string, unknown>>>;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class RebaseDto {
  @ApiPropertyOptional({ type: [String], description: 'only these items; default every live item on an older version' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  itemIds?: string[];
}

export class CalendarOverrideDto {
  @ApiProperty({ enum: ['holiday', 'workday'], description: 'a day off, or a 调休 make-up workday' })
  @IsIn(['holiday', 'workday'])
  kind: 'holiday' | 'workday';

  @ApiPropertyOptional({ example: '元旦' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  note?: string;
}

/** Versioned reminder/escalation policies and calendar overrides: read by all, changed by system admins. */
@ApiTags('policies')
@ApiBearerAuth()
@Allow('policies:read')
@Controller()
export class PoliciesController {
  constructor(
    private readonly policies: PoliciesService,
    private readonly items: ItemsService,
  ) {}

  @Get('policies')
  @ApiOkResponse({ type: PolicySetVersionListDto })
  async list(): Promise<List<PolicySetVersionDto>> {
    return listOf(await this.policies.list());
  }

  @Get('policies/:version')
  @ApiOkResponse({ type: PolicySetDto })
  get(@Param('version', ParseIntPipe) version: number): Promise<PolicySetDto> {
    return this.policies.get(version);
  }

  @Post('policies')
  @Allow('policies:write')
  @ApiCreatedResponse({ type: PolicySetVersionDto })
  create(@CurrentCaller() caller: Caller, @Body() body: CreatePolicyDto): Promise<PolicySetVersionDto> {
    return this.policies.create(
      { base: body.base as never, bySeverity: (body.bySeverity ?? {}) as never },
      body.note ?? null,
      caller.personId,
    );
  }

  @Post('policies/:version/rebase')
  @HttpCode(200)
  @Allow('policies:write')
  @ApiOkResponse({ type: RebaseResultDto })
  rebase(
    @CurrentCaller() caller: Caller,
    @Param('version', ParseIntPipe) version: number,
    @Body() body: RebaseDto,
  ): Promise<RebaseResultDto> {
    return this.items.rebase(caller, version, body.itemIds);
  }

  @Get('calendar/overrides')
  @ApiOkResponse({ type: CalendarOverrideListDto })
  async overrides(): Promise<List<CalendarOverrideViewDto>> {
    return listOf(await this.policies.calendarOverrides());
  }

  @Put('calendar/overrides/:date')
  @Allow('policies:write')
  @ApiOkResponse({ type: CalendarOverrideViewDto })
  putOverride(
    @CurrentCaller() caller: Caller,
    @Param('date') date: string,
    @Body() body: CalendarOverrideDto,
  ): Promise<CalendarOverrideViewDto> {
    return this.policies.putCalendarOverride(
      { date, kind: body.kind, ...(body.note ? { note: body.note } : {}) },
      caller.personId,
    );
  }

  @Delete('calendar/overrides/:date')
  @HttpCode(204)
  @Allow('policies:write')
  @ApiNoContentResponse({ description: 'removed' })
  deleteOverride(@Param('date') date: string): Promise<void> {
    return this.policies.deleteCalendarOverride(date);
  }
}
