import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { UnitsService, type UnitTree, type UnitView } from '../../../../libs/organisation/src';
import { UNIT_KINDS, type UnitKind } from '../../../../libs/persistence/src';
import { uuidParam } from '../http/params';

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

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
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
  create(@Body() body: CreateUnitDto): Promise<UnitView> {
    return this.units.create(body);
  }

  @Get()
  list(@CurrentCaller() caller: Caller, @Query() query: ListUnitsQuery): Promise<UnitView[]> {
    return this.units.list(caller, query.parentId);
  }

  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<UnitView> {
    return this.units.get(caller, id);
  }

  @Get(':id/tree')
  tree(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<UnitTree> {
    return this.units.subtree(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUnitDto): Promise<UnitView> {
    return this.units.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('organisation:write')
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.units.remove(id);
  }
}
