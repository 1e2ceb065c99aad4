import { Module } from '@nestjs/common';
import { FilesModule } from '../../files/src';
import { PoliciesModule } from '../../policies/src';
import { EvaluationExportService } from './evaluation-export';
import { EvaluationViewsService } from './evaluation-views.service';
import { EvaluationService } from './evaluation.service';
import { StarRatingSchedule } from './star-rating-schedule';

/**
 * 积分评星: indicator sets, 记实 records, 点评, score cards and rankings (and their .xlsx), the annual star rating and
 * its yearly Schedule.
 */
@Module({
  imports: [FilesModule, PoliciesModule],
  providers: [EvaluationService, EvaluationViewsService, EvaluationExportService, StarRatingSchedule],
  exports: [EvaluationService, EvaluationViewsService, EvaluationExportService],
})
export class EvaluationModule {}
