import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '../../../../libs/domain/src';
import { Allow, type Caller, CurrentCaller, Public } from '../../../../libs/identity/src';
import { DeliveriesService, InboxService, NotificationSettingsService } from '../../../../libs/notifications/src';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import {
  DeliveryDto,
  DeliveryListDto,
  InboxEntryDto,
  InboxPageDto,
  ItemAcknowledgementDto,
  ItemAcknowledgementListDto,
  LinkAcknowledgementDto,
  PreferencesViewDto,
  ReadersDto,
  RobotChannelListDto,
  RobotChannelViewDto,
} from './notifications.responses';
import { DeliveriesQuery, InboxQuery, PreferencesDto, RobotChannelDto } from './notifications.dto';

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
@Controller()
export class InboxController {
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
  @ApiOperation({ summary: '已阅 from the link in an e-mail (the token names the message and the person)' })
  @ApiOkResponse({ type: LinkAcknowledgementDto })
  acknowledgeByLink(@Param('token') token: string): Promise<LinkAcknowledgementDto> {
    if (!/^[\w-]{20,64}$/.test(token)) throw new DomainError('NOT_FOUND', 'This acknowledgement link is not valid', {});
    return this.inbox.acknowledgeByToken(token);
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
