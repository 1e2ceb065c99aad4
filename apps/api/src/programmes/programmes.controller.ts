import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { PROGRAMME_DEFAULTS, ProgrammesService } from '../../../../libs/programmes/src';
import { uuidParam } from '../http/params';
import { type List, listOf } from '../http/schema';
import {
  ProgrammeDefaultsDto,
  ProgrammeDetailDto,
  ProgrammeDto,
  ProgrammeListDto,
  TriggerResultDto,
} from './programmes.responses';
import { CreateProgrammeDto, ProgrammeListQuery, UpdateProgrammeDto } from './programmes.dto';

/** 互检 programmes and their Temporal Schedules; scope (lead unit manages, region and committee read) in the service. */
@ApiTags('programmes')
@ApiBearerAuth()
@Allow('programmes:read')
@Controller('programmes')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Post()
  @Allow('programmes:manage')
  @ApiOperation({ summary: "Create a region's inspection programme and its Schedule (lead unit)" })
  @ApiCreatedResponse({ type: ProgrammeDto })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateProgrammeDto): Promise<ProgrammeDto> {
    return this.programmes.create(caller, body);
  }

  @Get()
  @ApiOperation({ summary: 'Programmes in your scope' })
  @ApiOkResponse({ type: ProgrammeListDto })
  async list(@CurrentCaller() caller: Caller, @Query() query: ProgrammeListQuery): Promise<List<ProgrammeDto>> {
    return listOf(await this.programmes.list(caller, query.regionId));
  }

  // Before ':id', which would take "defaults" for an id.
  @Get('defaults')
  @Allow('programmes:manage')
  @ApiOperation({ summary: "What a new programme gets for each field left out (the console's form starts from it)" })
  @ApiOkResponse({ type: ProgrammeDefaultsDto })
  defaults(): ProgrammeDefaultsDto {
    return PROGRAMME_DEFAULTS;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One programme with its Schedule: paused, next fire times, recent actions' })
  @ApiOkResponse({ type: ProgrammeDetailDto })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ProgrammeDetailDto> {
    return this.programmes.get(caller, id);
  }

  @Patch(':id')
  @Allow('programmes:manage')
  @ApiOperation({ summary: 'Change a programme; takes effect from the next cycle' })
  @ApiOkResponse({ type: ProgrammeDto })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateProgrammeDto,
  ): Promise<ProgrammeDto> {
    return this.programmes.update(caller, id, body);
  }

  @Delete(':id')
  @Allow('programmes:manage')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted with its Schedule' })
  @ApiOperation({ summary: 'Delete a programme that has no cycles, with its Schedule' })
  remove(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.programmes.remove(caller, id);
  }

  @Post(':id/pause')
  @Allow('programmes:manage')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeDto })
  pause(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ProgrammeDto> {
    return this.programmes.pause(caller, id);
  }

  @Post(':id/resume')
  @Allow('programmes:manage')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeDto })
  resume(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<ProgrammeDto> {
    return this.programmes.resume(caller, id);
  }

  @Post(':id/trigger')
  @Allow('programmes:manage')
  @HttpCode(202)
  @ApiOperation({ summary: "Start the current period's cycle now (at most one cycle per period)" })
  @ApiAcceptedResponse({ type: TriggerResultDto })
  trigger(@CurrentCaller() caller: Caller, @Param('id', uuidParam('id')) id: string): Promise<TriggerResultDto> {
    return this.programmes.trigger(caller, id);
  }
}
