import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, freePort, startRuntime, type Runtime, sweepAbandonedRuns } from '../../libs/runtime/src';

/**
 * Starts one real Postgres and one real Temporal dev server for the whole run, on free ports and in a data folder
 * of its own, so a test run never collides with `npm start`. Each test file then makes its own database.
 */
export default async function globalSetup(): Promise<void> {
  for (const swept of sweepAbandonedRuns(dataDir(), 'test')) console.log(`(removed ${swept}, left by a killed run)`);
  const folder = join(dataDir(), `test-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  const runtime = await startRuntime({
    dataDir: folder,
    databaseUrl: process.env.TEST_DATABASE_URL,
    temporalAddress: process.env.TEST_TEMPORAL_ADDRESS,
    postgresPort: await freePort(),
    temporalPort: await freePort(),
    namespace: 'default',
    database: 'huijian_test',
    fast: true,
  });
  process.env.TEST_DATABASE_URL = runtime.databaseUrl;
  process.env.TEST_TEMPORAL_ADDRESS = runtime.temporalAddress;
  (globalThis as { __huijianTest?: { runtime: Runtime; folder: string } }).__huijianTest = { runtime, folder };
}
