import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { ObligationExportService, ObligationsService, ObligationTypesService } from '../../../../libs/obligations/src';
import { IdempotencyKey, uuidParam } from '../http/params';
import { ApiXlsx, sendXlsx } from '../http/xlsx';
import { type List, listOf } from '../http/schema';
import {
  AttendanceQuery,
  CreateObligationTypeDto,
  FeedQuery,
  InstallDefaultsDto,
  ObligationViewQuery,
  RecordDecisionDto,
  RecordSharingDto,
  SubmitRecordDto,
  UpdateObligationTypeDto,
} from './obligations.dto';
import {
  ObligationAttendanceDto,
  FeedDto,
  ObligationCountsDto,
  ObligationDetailDto,
  ObligationPageDto,
  ObligationTriggerDto,
  ObligationTypeDetailDto,
  ObligationTypeDto,
  ObligationTypeListDto,
  RecordSharingResultDto,
} from './obligations.responses';
import type { ObligationTypeDefinition } from '../../../../libs/obligations/src';

/** Obligation types (三会一课 …) as data: system admins define them; everyone reads them. */
@ApiTags('obligations')
@ApiBearerAuth()
@Allow('obligations:read')
@Controller('obligation-types')
export class ObligationTypesController {
  constructor(private readonly types: ObligationTypesService) {}

  @Get()
  @ApiOperation({ summary: 'Every obligation type with its newest version' })
  @ApiOkResponse({ type: ObligationTypeListDto })
  async list(): Promise<List<ObligationTypeDto>> {
    return listOf(await this.types.list());
  }

  @Post()
  @Allow('obligations:manage')
  @ApiOperation({ summary: 'A new obligation type and its Schedule; unset fields take seed 000’s defaults' })
  @ApiCreatedResponse({ type: ObligationTypeDto })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateObligationTypeDto): Promise<ObligationTypeDto> {
    return this.types.create(caller, body as unknown as Partial<ObligationTypeDefinition> & { code: string });
  }

  @Post('defaults')
  @Allow('obligations:manage')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Install seed 000's six types (支委会, 党员大会, 党课, 中心组学习, 民主评议党员, 职工思想状况调查) if missing",
  })
  @ApiOkResponse({ type: ObligationTypeListDto })
  async defaults(@CurrentCaller() caller: Caller, @Body() body: InstallDefaultsDto): Promise<List<ObligationTypeDto>> {
    return listOf(await this.types.installDefaults(caller, body.codes));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One type with every version and the first day each governs' })
  @ApiOkResponse({ type: ObligationTypeDetailDto })
  get(@Param('id', uuidParam('id')) id: string): Promise<ObligationTypeDetailDto> {
    return this.types.get(id);
  }

  @Patch(':id')
  @Allow('obligations:manage')
  @ApiOperation({ summary: 'Change a type: a new version, governing from the next period (never a past or open one)' })
  @ApiOkResponse({ type: ObligationTypeDto })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateObligationTypeDto,
  ): Promise<ObligationTypeDto> {
    return this.types.update(caller, id, body as unknown as Partial<ObligationTypeDefinition>);
  }

  @Post(':id/trigger')
  @Allow('obligations:manage')
  @HttpCode(202)
  @ApiOperation({ summary: "Open the current period's obligations now (each at most once)" })
  @ApiAcceptedResponse({ type: ObligationTriggerDto })
  trigger(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ObligationTriggerDto> {
    return this.types.trigger(caller, id);
  }
}

/** Obligations of units: the ledgers (建), one obligation, its record (记实) and the lead unit's decision. */
@ApiTags('obligations')
@ApiBearerAuth()
@Allow('obligations:read')
@Controller('obligations')
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly exporter: ObligationExportService,
  ) {}

  @Get()
  @ApiOperation({ summary: '总台账 / 分台账: every unit × type × period in your scope (on time, late, missed)' })
  @ApiOkResponse({ type: ObligationPageDto })
  list(@CurrentCaller() caller: Caller, @Query() query: ObligationViewQuery): Promise<ObligationPageDto> {
    return this.obligations.list(caller, query);
  }

  @Get('counts')
  @ApiOperation({ summary: 'The view counted per light, per outcome and per unit' })
  @ApiOkResponse({ type: ObligationCountsDto })
  counts(@CurrentCaller() caller: Caller, @Query() query: ObligationViewQuery): Promise<ObligationCountsDto> {
    return this.obligations.counts(caller, query);
  }

  @Get('export')
  @ApiOperation({ summary: 'The view as .xlsx (总台账: a summary and a sheet per unit; 分台账: one sheet)' })
  @ApiXlsx()
  async export(
    @CurrentCaller() caller: Caller,
    @Query() query: ObligationViewQuery,
    @Res() res: Response,
  ): Promise<void> {
    const names = { asciiName: 'obligations.xlsx', fileName: this.exporter.fileName(caller) };
    await sendXlsx(res, names, (out) => this.exporter.write(caller, query, out));
  }

  @Get('attendance')
  @ApiOperation({ summary: '明细账: the recorded meetings a person attended (default: you)' })
  @ApiOkResponse({ type: ObligationAttendanceDto })
  attendance(@CurrentCaller() caller: Caller, @Query() query: AttendanceQuery): Promise<ObligationAttendanceDto> {
    return this.obligations.attendance(caller, query.personId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One obligation: its dates, records (with files), timeline and your allowed actions' })
  @ApiOkResponse({ type: ObligationDetailDto })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ObligationDetailDto> {
    return this.obligations.get(caller, id);
  }

  @Post(':id/records')
  @Allow('obligations:record')
  @HttpCode(200)
  @ApiOperation({ summary: "记实: the unit's record (date, attendees, minutes, files as the type requires)" })
  @ApiOkResponse({ type: ObligationDetailDto })
  record(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SubmitRecordDto,
    @IdempotencyKey() key?: string,
  ): Promise<ObligationDetailDto> {
    return this.obligations.submitRecord(caller, id, body, key);
  }

  @Post(':id/decision')
  @Allow('obligations:confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'The lead unit confirms the record, or sends it back (退回) with a reason' })
  @ApiOkResponse({ type: ObligationDetailDto })
  decide(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RecordDecisionDto,
    @IdempotencyKey() key?: string,
  ): Promise<ObligationDetailDto> {
    return this.obligations.decide(caller, id, body, key);
  }
}

/** 晒: records on the region's feed, and the unit's not-shared mark. */
@ApiTags('obligations')
@ApiBearerAuth()
@Controller()
export class ObligationFeedController {
  constructor(private readonly obligations: ObligationsService) {}

  @Get('regions/:regionId/feed')
  @Allow('obligations:read')
  @ApiOperation({ summary: "晒: the region's confirmed records and closed items, newest first (member units read it)" })
  @ApiOkResponse({ type: FeedDto })
  feed(
    @CurrentCaller() caller: Caller,
    @Param('regionId', uuidParam('regionId')) regionId: string,
    @Query() query: FeedQuery,
  ): Promise<FeedDto> {
    return this.obligations.feed(caller, regionId, query.limit);
  }

  @Post('obligation-records/:recordId/sharing')
  @Allow('obligations:record')
  @HttpCode(200)
  @ApiOperation({ summary: 'Keep a record off the region feed (with a reason), or share it again' })
  @ApiOkResponse({ type: RecordSharingResultDto })
  sharing(
    @CurrentCaller() caller: Caller,
    @Param('recordId', uuidParam('recordId')) recordId: string,
    @Body() body: RecordSharingDto,
  ): Promise<RecordSharingResultDto> {
    return this.obligations.setSharing(caller, recordId, body);
  }
}
