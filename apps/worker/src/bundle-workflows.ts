import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundlerOptions } from './worker.factory';

/** Build step: writes the workflow bundle that production workers load (WORKFLOW_BUNDLE_PATH) instead of bundling on start. */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'dist/workflow-bundle.js';
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('../../../workflows'),
    ...workflowBundlerOptions,
  });
  writeFileSync(out, code);
  console.log(`Workflow bundle written to ${out} (${(code.length / 1024).toFixed(0)} KiB)`);
}

void main();
