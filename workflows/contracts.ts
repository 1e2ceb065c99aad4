/**
 * Names and payload types shared by the workflows and their clients (the API). Workflow code imports only
 * @temporalio/workflow, libs/domain and activity *types*; this file keeps to the same rule.
 */
import { defineQuery } from '@temporalio/workflow';

/** Deterministic workflow ids: starting twice for the same subject is a no-op. */
export const workflowIds = {
  probe: (probeId: string): string => `probe-${probeId}`,
} as const;

export interface ProbeInput {
  probeId: string;
  message: string;
}

export interface ProbeResult {
  probeId: string;
  echo: string;
}

export const probeStatusQuery = defineQuery<'running' | 'recorded'>('probeStatus');
