/** Every workflow the worker registers; the bundler starts here. */
export { probeWorkflow } from './probe.workflow';
export { itemWorkflow } from './item.workflow';
export { programmeTickWorkflow } from './programme-tick.workflow';
export { cycleWorkflow } from './cycle.workflow';
export { deliveryDispatcherWorkflow, deliveryWorkflow } from './delivery.workflow';
export { fileSweepWorkflow } from './file-sweep.workflow';
export { obligationTickWorkflow } from './obligation-tick.workflow';
export { obligationWorkflow } from './obligation.workflow';
export { starRatingWorkflow } from './star-rating.workflow';
export { starRatingTickWorkflow } from './star-rating-tick.workflow';
