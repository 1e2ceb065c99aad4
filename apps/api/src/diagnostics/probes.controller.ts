import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { ProbeService, type ProbeView } from '../../../../libs/diagnostics/src';
import { Allow, type Caller, CurrentCaller } from '../../../../libs/identity/src';
import { uuidParam } from '../http/params';

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
  start(@CurrentCaller() caller: Caller, @Body() body: StartProbeDto): Promise<ProbeView> {
    return this.probes.start(body.message, caller.personId);
  }

  @Get(':id')
  get(@Param('id', uuidParam('id')) id: string): Promise<ProbeView> {
    return this.probes.get(id);
  }
}
