import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { CyclesService } from './cycles.service';

/** 互检 cycles: submissions, meeting and report. */
@Module({ imports: [FilesModule], providers: [CyclesService], exports: [CyclesService] })
export class InspectionsModule {}
