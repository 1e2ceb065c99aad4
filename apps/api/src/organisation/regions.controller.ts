import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { RegionsService } from '../../../../libs/organisation/src';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import { RegionDto, RegionListDto } from './organisation.responses';

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
  @ApiCreatedResponse({ type: RegionDto })
  create(@Body() body: CreateRegionDto): Promise<RegionDto> {
    return this.regions.create(body);
  }

  @Get()
  @ApiOkResponse({ type: RegionListDto })
  async list(@CurrentCaller() caller: Caller): Promise<List<RegionDto>> {
    return listOf(await this.regions.list(caller));
  }

  @Get(':id')
  @ApiOkResponse({ type: RegionDto })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<RegionDto> {
    return this.regions.get(caller, id);
  }

  @Patch(':id')
  @Allow('organisation:write')
  @ApiOkResponse({ type: RegionDto })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateRegionDto): Promise<RegionDto> {
    return this.regions.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('organisation:write')
  @ApiNoContentResponse({ description: 'deleted' })
  remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.regions.remove(id);
  }
}
