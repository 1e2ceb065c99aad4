import { proxyActivities, setHandler } from '@temporalio/workflow';
import { type ProbeActivities, probeStatusQuery, type ProbeInput, type ProbeResult } from './contracts';

const { recordProbe } = proxyActivities<ProbeActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** End-to-end probe: proves API → Temporal → worker → activity → Postgres. */
export async function probeWorkflow(input: ProbeInput): Promise<ProbeResult> {
  let status: 'running' | 'recorded' = 'running';
  setHandler(probeStatusQuery, () => status);
  const echo = `回声: ${input.message}`;
  await recordProbe(input.probeId, echo);
  status = 'recorded';
  return { probeId: input.probeId, echo };
}
