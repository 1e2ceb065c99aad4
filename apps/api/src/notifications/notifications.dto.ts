import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MESSAGE_CATEGORIES, PERSON_CHANNELS } from '../../../../libs/notifications/src';
import { PageQuery } from '../http/page-query';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'only messages you have not read' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  unreadOnly?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: "only one item's messages" })
  @IsOptional()
  @IsUUID()
  itemId?: string;

  @ApiPropertyOptional({ example: 'reminder', description: 'only one kind (reminder, overdue_chase, escalation, …)' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,64}$/, { message: 'kind must be a message kind such as reminder' })
  kind?: string;
}

export class DeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['scheduled', 'queued', 'sending', 'sent', 'dead', 'digested'] })
  @IsOptional()
  @IsIn(['scheduled', 'queued', 'sending', 'sent', 'dead', 'digested'])
  state?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'notificationId must be a message id' })
  notificationId?: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When messages may leave (local time); null on the parent means any time. */
export class DeliveryWindowDto {
  @ApiProperty({ example: '09:00' })
  @Matches(TIME, { message: 'from must be a time HH:mm' })
  from: string;

  @ApiProperty({ example: '18:00' })
  @Matches(TIME, { message: 'to must be a time HH:mm' })
  to: string;

  @ApiProperty({ example: true })
  @IsBoolean()
  workingDaysOnly: boolean;
}

export class RobotChannelDto {
  @ApiProperty({ example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…' })
  @IsString()
  webhookUrl: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'signing secret (DingTalk 加签 / Feishu 签名校验); never returned',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 200)
  secret?: string | null;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', enum: [...MESSAGE_CATEGORIES] },
    example: ['reminder', 'overdue_chase', 'escalation', 'report', 'event'],
  })
  @IsOptional()
  @IsString({ each: true })
  kinds?: string[];

  @ApiPropertyOptional({ type: DeliveryWindowDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => DeliveryWindowDto)
  deliveryWindow?: DeliveryWindowDto | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class PreferencesDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'zhang.hua@example.cn' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  email?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string', enum: [...PERSON_CHANNELS] } },
    example: { reminder: ['inbox'], escalation: ['inbox', 'email'] },
  })
  @IsOptional()
  @IsObject()
  channels?: Record<string, string[]>;

  @ApiPropertyOptional({ type: DeliveryWindowDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => DeliveryWindowDto)
  deliveryWindow?: DeliveryWindowDto | null;

  @ApiPropertyOptional({ enum: ['zh', 'en'] })
  @IsOptional()
  @IsString()
  locale?: string;
}

/** What an e-mail's 已阅 link acknowledges (JSON clients; a browser gets the page). */
export class AckLinkDto {
  @ApiProperty({ example: '【督办】党员示范岗标识不全' })
  title!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: not acknowledged yet' })
  acknowledgedAt!: string | null;
}
