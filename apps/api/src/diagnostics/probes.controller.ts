import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ProbeService } from '../../../../libs/diagnostics/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { uuidParam } from '../http/params';
import { ProbeDto } from './probes.responses';

export class StartProbeDto {
  @ApiProperty({ example: '互检 ping' })
  @IsString()
  @Length(1, 200)
  message: string;
}

/** End-to-end probe of API → Temporal → worker → activity → Postgres, for system admins. */
@ApiTags('diagnostics')
@ApiBearerAuth()
@Allow('diagnostics:run')
@Controller('diagnostics/probes')
export class ProbesController {
  constructor(private readonly probes: ProbeService) {}

  @Post()
  @ApiCreatedResponse({ type: ProbeDto })
  start(@CurrentCaller() caller: Caller, @Body() body: StartProbeDto): Promise<ProbeDto> {
    return this.probes.start(body.message, caller.personId);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProbeDto })
  get(@Param('id', uuidParam('id')) id: string): Promise<ProbeDto> {
    return this.probes.get(id);
  }
}
