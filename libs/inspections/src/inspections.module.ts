import { Module } from '@nestjs/common';
import { CyclesService } from './cycles.service';

/** 互检 cycles: submissions, meeting and report. */
@Module({ providers: [CyclesService], exports: [CyclesService] })
export class InspectionsModule {}
