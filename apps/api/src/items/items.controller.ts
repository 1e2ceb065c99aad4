import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { contentDisposition } from '../../../../libs/files/src';
import { ItemDossierService } from '../../../../libs/ledger/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { ItemsService, type LedgerRow } from '../../../../libs/items/src';
import { IdempotencyKey, uuidParam } from '../http/params';
import {
  CancelDto,
  CreateItemDto,
  DecideExtensionDto,
  DirectiveDto,
  LedgerQuery,
  ReassignDto,
  ReportProgressDto,
  RequestExtensionDto,
  SubmitEvidenceDto,
  SubmitPlanDto,
  VerifyDto,
} from './items.dto';

/** Rectification items (整改项): the ledger and one endpoint per action. Scope is checked by ItemsService. */
@ApiTags('items')
@ApiBearerAuth()
@Allow('items:act')
@Controller('items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly dossiers: ItemDossierService,
  ) {}

  @Post()
  @Allow('items:create')
  @ApiOperation({ summary: 'Assign a rectification item to a unit of your region (lead unit)' })
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateItemDto,
    @IdempotencyKey() key?: string,
  ): Promise<LedgerRow> {
    return this.items.create(caller, body, key);
  }

  @Get()
  @Allow('items:read')
  @ApiOperation({ summary: 'The ledger (台账) in your scope, filtered' })
  list(@CurrentCaller() caller: Caller, @Query() query: LedgerQuery) {
    return this.items.list(caller, query);
  }

  @Get(':id')
  @Allow('items:read')
  @ApiOperation({ summary: 'One item with milestones, timeline and the actions you may take' })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string) {
    return this.items.get(caller, id);
  }

  @Get(':id/dossier')
  @Allow('items:read')
  @ApiOperation({
    summary: '一件一档: a zip of the one-page summary (xlsx, Chinese) and the original files, numbered in order',
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async dossier(@CurrentCaller() c: Caller, @Param('id', uuidParam('id')) id: string, @Res() res: Response) {
    const name = await this.dossiers.fileName(c, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', contentDisposition('attachment', name));
    res.setHeader('Cache-Control', 'no-store');
    try {
      await this.dossiers.write(c, id, res);
    } catch (error) {
      // Once bytes have left, cut the download short so the client sees a broken zip, not a truncated "success".
      if (res.headersSent) return void res.destroy(error instanceof Error ? error : undefined);
      res.removeHeader('Content-Type');
      res.removeHeader('Content-Disposition');
      throw error;
    }
  }

  @Post(':id/plan')
  @HttpCode(200)
  submitPlan(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SubmitPlanDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'submitPlan', body, key);
  }

  @Post(':id/progress')
  @HttpCode(200)
  reportProgress(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReportProgressDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'reportProgress', body, key);
  }

  @Post(':id/evidence')
  @HttpCode(200)
  submitEvidence(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SubmitEvidenceDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'submitEvidence', body, key);
  }

  @Post(':id/verification')
  @HttpCode(200)
  verify(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: VerifyDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'verify', body, key);
  }

  @Post(':id/extension-requests')
  @HttpCode(200)
  requestExtension(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RequestExtensionDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'requestExtension', body, key);
  }

  @Post(':id/extension-decision')
  @HttpCode(200)
  decideExtension(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: DecideExtensionDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'decideExtension', body, key);
  }

  @Post(':id/reassignment')
  @HttpCode(200)
  reassign(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReassignDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'reassign', { ...body, responsiblePersonId: body.responsiblePersonId ?? null }, key);
  }

  @Post(':id/directives')
  @HttpCode(200)
  @Allow('items:direct')
  @ApiOperation({ summary: '督办意见: a committee directive, recorded on the timeline and sent to both units' })
  direct(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: DirectiveDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.direct(c, id, body, key);
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  cancel(
    @CurrentCaller() c: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CancelDto,
    @IdempotencyKey() key?: string,
  ) {
    return this.items.act(c, id, 'cancel', body, key);
  }
}
