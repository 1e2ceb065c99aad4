import { Module } from '@nestjs/common';
import { PoliciesModule } from '../../policies/src';
import { EvaluationService } from './evaluation.service';
import { StarRatingSchedule } from './star-rating-schedule';

/** 积分评星: indicator sets, 记实 records, score cards, the annual star rating and its yearly Schedule. */
@Module({
  imports: [PoliciesModule],
  providers: [EvaluationService, StarRatingSchedule],
  exports: [EvaluationService],
})
export class EvaluationModule {}
