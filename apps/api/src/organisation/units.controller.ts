import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { UnitsService } from '../../../../libs/organisation/src';
import { UNIT_KINDS, type UnitKind } from '../../../../libs/persistence/src';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { UnitDto, UnitListDto, UnitTreeDto } from './organisation.responses';

export class CreateUnitDto {
  @ApiProperty({ example: 'wuhu-zhongjiang', description: 'Unique code: letters, digits, _ and -' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'code must be 1–64 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: '芜湖中江桥项目党支部' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({
    enum: UNIT_KINDS,
    description: '党委 committee · 党总支 general_branch · 党支部 branch · 党小组 group',
  })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

export class ListUnitsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

@ApiTags('organisation')
@ApiBearerAuth()
@Allow('organisation:read')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Post()
  @Allow('organisation:write')
  @ApiCreatedResponse({ type: UnitDto })
  create(@Body() body: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(body);
  }

  @Get()
  @ApiOkResponse({ type: UnitListDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: ListUnitsQuery): Promise<List<UnitDto>> {
    return listOf(await this.units.list(caller, query.parentId));
  }

  @Get(':id')
  @ApiOkResponse({ type: UnitDto })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<UnitDto> {
    return this.units.get(caller, id);
  }

  @Get(':id/tree')
  @ApiOkResponse({ type: UnitTreeDto })
  tree(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<UnitTreeDto> {
    return this.units.subtree(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  @ApiOkResponse({ type: UnitDto })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('organisation:write')
  @ApiNoContentResponse({ description: 'deleted' })
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.units.remove(id);
  }
}
