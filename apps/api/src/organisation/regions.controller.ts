import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { RegionsService, type RegionView } from '../../../../libs/organisation/src';
import { uuidParam } from '../http/params';

export class CreateRegionDto {
  @ApiProperty({ example: 'wuhu' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'code must be 1–64 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: '芜湖片区' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ format: 'uuid', description: '主责单位/牵头单位' })
  @IsUUID()
  leadUnitId: string;

  @ApiProperty({ type: [String], description: '成员单位; the lead unit is added automatically' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  memberUnitIds: string[];
}

export class UpdateRegionDto extends PartialType(CreateRegionDto) {}

@ApiTags('organisation')
@ApiBearerAuth()
@Allow('organisation:read')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Post()
  @Allow('organisation:write')
  create(@Body() body: CreateRegionDto): Promise<RegionView> {
    return this.regions.create(body);
  }

  @Get()
  list(@CurrentCaller() caller: Caller): Promise<RegionView[]> {
    return this.regions.list(caller);
  }

  @Get(':id')
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<RegionView> {
    return this.regions.get(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateRegionDto): Promise<RegionView> {
    return this.regions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('organisation:write')
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.regions.remove(id);
  }
}
