import { Module } from '@nestjs/common';
import { ProbeService } from './probe.service';

/** Operational checks that exercise the whole stack. */
@Module({ providers: [ProbeService], exports: [ProbeService] })
export class DiagnosticsModule {}
