import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { PoliciesModule } from '../../policies/src';
import { EvaluationService } from './evaluation.service';

/** 积分评星: indicator sets, 记实 records, score cards and the annual star rating. */
@Module({ imports: [FilesModule, PoliciesModule], providers: [EvaluationService], exports: [EvaluationService] })
export class EvaluationModule {}
