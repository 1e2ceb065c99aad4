import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length, MinDate } from 'class-validator';
import { Allow, IdentityService, type IssuedToken } from '../../../../libs/identity/src';
import { uuidParam } from '../http/params';

export class IssueTokenDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'laptop of the branch secretary' })
  @IsString()
  @Length(1, 100)
  label: string;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  expiresAt?: Date;
}

export class ListTokensQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

/** API tokens: issued and revoked by a system admin; the token itself is shown once. */
@ApiTags('identity')
@ApiBearerAuth()
@Allow('tokens:manage')
@Controller('tokens')
export class TokensController {
  constructor(private readonly identity: IdentityService) {}

  @Post()
  issue(@Body() body: IssueTokenDto): Promise<IssuedToken> {
    return this.identity.issue(body.personId, body.label, body.expiresAt ?? null);
  }

  @Get()
  list(@Query() query: ListTokensQuery) {
    return this.identity.list(query.personId);
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.identity.revoke(id);
  }
}
