import { Module } from '@nestjs/common';
import { PoliciesModule } from '../../policies/src';
import { ProgrammesService } from './programmes.service';

/** 互检 programmes: one per region's inspection plan, each with its Temporal Schedule. */
@Module({ imports: [PoliciesModule], providers: [ProgrammesService], exports: [ProgrammesService] })
export class ProgrammesModule {}
