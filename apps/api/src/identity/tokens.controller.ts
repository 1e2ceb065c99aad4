import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, MinDate } from 'class-validator';
import { Allow, IdentityService } from '../../../../libs/identity/src';
import { Field } from '../http/dto-fields';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { IssuedTokenDto, TokenDto, TokenListDto } from './tokens.responses';

export class IssueTokenDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'laptop of the branch secretary' })
  @IsString()
  @Length(1, 100)
  label: string;

  @Field.optionalDateTime()
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
  @ApiCreatedResponse({ type: IssuedTokenDto })
  issue(@Body() body: IssueTokenDto): Promise<IssuedTokenDto> {
    return this.identity.issue(body.personId, body.label, body.expiresAt ?? null);
  }

  @Get()
  @ApiOkResponse({ type: TokenListDto })
  async list(@Query() query: ListTokensQuery): Promise<List<TokenDto>> {
    return listOf(await this.identity.list(query.personId));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'revoked' })
  revoke(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.identity.revoke(id);
  }
}
