import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../../../../libs/domain/src';
import { Allow, type Caller, CurrentCaller, Public, RateLimiter } from '../../../../libs/identity/src';
import {
  type AckLinkTarget,
  DeliveriesService,
  InboxService,
  NotificationSettingsService,
} from '../../../../libs/notifications/src';
import type { AuditedRequest } from '../http/audit-writer';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import {
  DeliveryDto,
  DeliveryListDto,
  InboxEntryDto,
  InboxPageDto,
  ItemAcknowledgementDto,
  ItemAcknowledgementListDto,
  PreferencesViewDto,
  ReadersDto,
  RobotChannelListDto,
  RobotChannelViewDto,
  RobotTestResultDto,
} from './notifications.responses';
import { ErrorBodyDto } from '../http/error.dto';
import { ackConfirmationPage, ackProblemPage } from './ack-link.page';
import { AckLinkDto, DeliveriesQuery, InboxQuery, PreferencesDto, RobotChannelDto } from './notifications.dto';

/** Per client address and minute, GET and POST together; a person clicks once or twice. */
const ACK_LINK_REQUESTS_PER_MINUTE = 20;
const HTML_PAGE = { 'text/html': { schema: { type: 'string', description: 'a page for a person, in Chinese' } } };
const ACK_LINK_ANSWER = {
  description: 'The page (browsers), or what the link acknowledges',
  content: { ...HTML_PAGE, 'application/json': { schema: { $ref: getSchemaPath(AckLinkDto) } } },
};
const ACK_LINK_REFUSAL = {
  description: 'Unknown or expired link (404), too many tries from one address (429)',
  content: { ...HTML_PAGE, 'application/json': { schema: { $ref: getSchemaPath(ErrorBodyDto) } } },
};

function messageId(id: string): string {
  if (!/^\d{1,18}$/.test(id)) {
    throw new DomainError('VALIDATION_FAILED', 'Invalid input: id (must be a message id)', {
      fields: [{ field: 'id', reason: 'must be a message id' }],
    });
  }
  return id;
}

/** The in-app inbox (站内信): your messages, unread count, read, 已阅. */
@ApiTags('notifications')
@ApiBearerAuth()
@ApiExtraModels(AckLinkDto)
@Controller()
export class InboxController {
  /** Requests to 已阅 links per client address and minute: a token cannot be guessed, and this keeps it so. */
  private readonly ackLinkRequests = new RateLimiter(ACK_LINK_REQUESTS_PER_MINUTE);

  constructor(private readonly inbox: InboxService) {}

  @Get('inbox')
  @Allow('inbox:read')
  @ApiOperation({ summary: 'Your messages (newest first) and how many are unread' })
  @ApiOkResponse({ type: InboxPageDto })
  list(@CurrentCaller() caller: Caller, @Query() query: InboxQuery): Promise<InboxPageDto> {
    return this.inbox.list(caller, query);
  }

  @Post('inbox/:id/read')
  @Allow('inbox:read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxEntryDto })
  read(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<InboxEntryDto> {
    return this.inbox.markRead(caller, messageId(id));
  }

  @Post('inbox/:id/acknowledge')
  @Allow('inbox:read')
  @HttpCode(200)
  @ApiOperation({ summary: '已阅: acknowledge a reminder, 催办 or 督办' })
  @ApiOkResponse({ type: InboxEntryDto })
  acknowledge(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<InboxEntryDto> {
    return this.inbox.acknowledge(caller, messageId(id));
  }

  @Public()
  @Get('inbox/acknowledge/:token')
  @ApiOperation({
    summary: '已阅 link from an e-mail: a Chinese confirmation page for a browser (changes nothing; its button POSTs)',
  })
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse(ACK_LINK_ANSWER)
  @ApiNotFoundResponse(ACK_LINK_REFUSAL)
  @ApiTooManyRequestsResponse(ACK_LINK_REFUSAL)
  async ackLinkPage(
    @Param('token') token: string,
    @Req() req: AuditedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | AckLinkDto> {
    return this.ackLink(req, res, () => this.inbox.ackLinkTarget(token), ackConfirmationPage);
  }

  @Public()
  @Post('inbox/acknowledge/:token')
  @HttpCode(200)
  @ApiOperation({
    summary: "已阅 from the e-mail link: the confirmation page's button (no login; audited as its person)",
  })
  @ApiProduces('text/html', 'application/json')
  @ApiOkResponse(ACK_LINK_ANSWER)
  @ApiNotFoundResponse(ACK_LINK_REFUSAL)
  @ApiTooManyRequestsResponse(ACK_LINK_REFUSAL)
  async acknowledgeByLink(
    @Param('token') token: string,
    @Req() req: AuditedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string | AckLinkDto> {
    const acknowledge = async () => {
      const target = await this.inbox.acknowledgeByToken(token);
      req.auditAs = { personId: target.personId, target: `notification/${target.notificationId}` };
      return target;
    };
    return this.ackLink(req, res, acknowledge, ackConfirmationPage);
  }

  /**
   * A browser (Accept: text/html) gets a page — also for a bad link or too many tries, with 404 or 429 — and any
   * other client JSON and the one error body. Requests are limited per client address.
   */
  private async ackLink(
    req: AuditedRequest,
    res: Response,
    load: () => Promise<AckLinkTarget>,
    page: (title: string, acknowledgedAt: string | null) => string,
  ): Promise<string | AckLinkDto> {
    const html = req.accepts(['json', 'html']) === 'html';
    try {
      if (!this.ackLinkRequests.allow(req.ip ?? 'unknown')) {
        throw new DomainError('RATE_LIMITED', '请求过于频繁，请稍后再试', {});
      }
      const target = await load();
      const acknowledgedAt = target.acknowledgedAt && new Date(target.acknowledgedAt).toISOString();
      if (!html) return { title: target.title, acknowledgedAt };
      res.type('html');
      return page(target.title, acknowledgedAt);
    } catch (error) {
      if (!html || !(error instanceof DomainError) || !['NOT_FOUND', 'RATE_LIMITED'].includes(error.code)) throw error;
      res.status(error.code === 'NOT_FOUND' ? 404 : 429).type('html');
      return ackProblemPage(error.message);
    }
  }

  @Get('notifications/:id/readers')
  @Allow('inbox:read')
  @ApiOperation({ summary: 'Who has (not yet) read and acknowledged a message you sent or oversee' })
  @ApiOkResponse({ type: ReadersDto })
  readers(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReadersDto> {
    return this.inbox.readers(caller, messageId(id));
  }

  @Get('items/:id/acknowledgements')
  @Allow('items:read')
  @ApiOperation({ summary: "The 已阅 acknowledgements of an item's messages" })
  @ApiOkResponse({ type: ItemAcknowledgementListDto })
  async itemAcknowledgements(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
  ): Promise<List<ItemAcknowledgementDto>> {
    return listOf(await this.inbox.itemAcknowledgements(caller, id));
  }
}

/** Group robots per unit and each person's delivery preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class NotificationSettingsController {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Get('units/:unitId/notification-channels')
  @Allow('notifications:configure')
  @ApiOkResponse({ type: RobotChannelListDto })
  async listRobots(
    @CurrentCaller() caller: Caller,
    @Param('unitId', uuidParam('unitId')) unitId: string,
  ): Promise<List<RobotChannelViewDto>> {
    return listOf(await this.settings.listRobots(caller, unitId));
  }

  @Put('units/:unitId/notification-channels/:channel')
  @Allow('notifications:configure')
  @ApiOperation({ summary: "Configure the unit's WeCom / DingTalk / Feishu group robot (checked when saved)" })
  @ApiOkResponse({ type: RobotChannelViewDto })
  saveRobot(
    @CurrentCaller() caller: Caller,
    @Param('unitId', uuidParam('unitId')) unitId: string,
    @Param('channel') channel: string,
    @Body() body: RobotChannelDto,
  ): Promise<RobotChannelViewDto> {
    return this.settings.saveRobot(caller, unitId, channel, body);
  }

  @Post('units/:unitId/notification-channels/:channel/test')
  @Allow('notifications:configure')
  @HttpCode(200)
  @ApiOperation({
    summary: '测试发送: one message to the robot now; answers whether the group received it (nothing is queued)',
  })
  @ApiOkResponse({ type: RobotTestResultDto })
  testRobot(
    @CurrentCaller() caller: Caller,
    @Param('unitId', uuidParam('unitId')) unitId: string,
    @Param('channel') channel: string,
  ): Promise<RobotTestResultDto> {
    return this.settings.testRobot(caller, unitId, channel);
  }

  @Delete('units/:unitId/notification-channels/:channel')
  @Allow('notifications:configure')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'removed' })
  async removeRobot(
    @CurrentCaller() caller: Caller,
    @Param('unitId', uuidParam('unitId')) unitId: string,
    @Param('channel') channel: string,
  ): Promise<void> {
    await this.settings.removeRobot(caller, unitId, channel);
  }

  @Get('notification-preferences')
  @Allow('inbox:read')
  @ApiOperation({ summary: 'Your channels per kind, quiet hours and language' })
  @ApiOkResponse({ type: PreferencesViewDto })
  preferences(@CurrentCaller() caller: Caller): Promise<PreferencesViewDto> {
    return this.settings.preferences(caller);
  }

  @Put('notification-preferences')
  @Allow('inbox:read')
  @ApiOkResponse({ type: PreferencesViewDto })
  savePreferences(@CurrentCaller() caller: Caller, @Body() body: PreferencesDto): Promise<PreferencesViewDto> {
    return this.settings.savePreferences(caller, body);
  }
}

/** The delivery ledger: every attempt, the dead-letter list and replay (system admins). */
@ApiTags('notifications')
@ApiBearerAuth()
@Allow('notifications:admin')
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries with their attempts; state=dead is the dead-letter list' })
  @ApiOkResponse({ type: DeliveryListDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: DeliveriesQuery): Promise<List<DeliveryDto>> {
    return listOf(await this.deliveries.list(caller, query));
  }

  @Get(':id')
  @ApiOkResponse({ type: DeliveryDto })
  get(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DeliveryDto> {
    return this.deliveries.get(caller, messageId(id));
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a dead-lettered delivery again' })
  @ApiOkResponse({ type: DeliveryDto })
  replay(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DeliveryDto> {
    return this.deliveries.replay(caller, messageId(id));
  }
}
