export * from './evaluation.service';
export * from './evaluation-views.service';
export * from './evaluation-export';
export * from './evaluation.module';
export * from './star-rating.activities';
export * from './star-rating-schedule';
