/**
 * Proves that month-long workflow scenarios run in seconds on Temporal's Java time-skipping test server, started via
 * createTimeSkippingEnv() (no download from temporal.download; the server comes from Maven Central).
 *
 * Needs no Postgres nor dev server, so it can run without the integration project's global setup:
 *   npx jest -c '{"transform":{"^.+\\.ts$":"ts-jest"},"testEnvironment":"node"}' test/time-skipping.e2e-spec.ts
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createTimeSkippingEnv } from '../libs/runtime/src/time-skipping-server';
import {
  addItemUpdate,
  closeSignal,
  firedQuery,
  inspectionWindow,
  monthLongSleep,
  rectificationList,
  reinspectUpdate,
  stateQuery,
  staggeredTimers,
  type TimeSkippingActivities,
} from './fixtures/time-skipping.workflows';

jest.setTimeout(120_000);

const DAY = 24 * 60 * 60 * 1000;
const taskQueue = `time-skipping-${randomUUID()}`;
const figures: Record<string, string> = {};

let env: TestWorkflowEnvironment;
let worker: Worker;
let workerRun: Promise<void>;
const activityCalls: Array<{ message: string; workflowTimeMs: number }> = [];

const activities: TimeSkippingActivities = {
  async notify(message, workflowTimeMs) {
    activityCalls.push({ message, workflowTimeMs });
    return `notified: ${message}`;
  },
};

beforeAll(async () => {
  // Core warns once per worker that the test server does not advertise the activity_failure_include_heartbeat
  // capability (a real server ≥ 1.16 does); that is expected here, so only errors are printed.
  Runtime.install({
    logger: new DefaultLogger('WARN'),
    telemetryOptions: { logging: { filter: { core: 'ERROR', other: 'WARN' } } },
  });
  // Provisioning (first run only) + JVM start + SDK connection.
  const envStart = performance.now();
  env = await createTimeSkippingEnv();
  figures['createTimeSkippingEnv'] = `${Math.round(performance.now() - envStart)} ms`;

  const bundleStart = performance.now();
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('./fixtures/time-skipping.workflows'),
    logger: new DefaultLogger('WARN'),
  });
  figures['bundleWorkflowCode'] = `${Math.round(performance.now() - bundleStart)} ms`;

  worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities });
  workerRun = worker.run();
});

afterAll(async () => {
  if (worker) {
    worker.shutdown();
    await workerRun;
  }
  await env?.teardown();
  console.info(`time-skipping figures: ${JSON.stringify(figures)}`);
});

/** Polls a query until `done` holds. Time skipping is locked meanwhile, so waiting here never advances workflow time. */
async function queryUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('(a)+(d) a workflow sleeping 30 days completes in seconds of wall time, then runs its activity', async () => {
  const serverTimeBefore = await env.currentTimeMs();
  const wallStart = performance.now();

  const result = await env.client.workflow.execute(monthLongSleep, {
    args: [30],
    taskQueue,
    workflowId: `month-long-${randomUUID()}`,
  });

  const wallMs = performance.now() - wallStart;
  figures['30-day workflow wall time'] = `${Math.round(wallMs)} ms`;
  const sleptMs = result.wokeAtMs - result.startedAtMs;
  expect(sleptMs).toBeGreaterThanOrEqual(30 * DAY);
  expect(sleptMs).toBeLessThan(30 * DAY + 60_000);
  expect(wallMs).toBeLessThan(15_000);
  // The server clock moved a month forward too.
  expect((await env.currentTimeMs()) - serverTimeBefore).toBeGreaterThanOrEqual(30 * DAY);
  // (d) the activity really ran on the worker, with the workflow's post-sleep time as its input.
  expect(result.notified).toBe('notified: woke after 30 days');
  expect(activityCalls).toEqual([{ message: 'woke after 30 days', workflowTimeMs: result.wokeAtMs }]);
});

test('(b)+(c) updates with a validator are accepted and rejected; queries and signals see the same state', async () => {
  const handle = await env.client.workflow.start(rectificationList, {
    taskQueue,
    workflowId: `rectification-${randomUUID()}`,
  });

  expect(await handle.executeUpdate(addItemUpdate, { args: ['护栏缺失'] })).toBe(1);
  expect(await handle.executeUpdate(addItemUpdate, { args: ['  消防通道堵塞 '] })).toBe(2);

  // Rejected by the validator: the caller gets the validator's failure, and the state is unchanged.
  const blank = await handle.executeUpdate(addItemUpdate, { args: ['   '] }).catch((error: unknown) => error);
  expect(blank).toBeInstanceOf(WorkflowUpdateFailedError);
  expect((blank as WorkflowUpdateFailedError).cause?.message).toBe('title must not be blank');
  const duplicate = await handle.executeUpdate(addItemUpdate, { args: ['护栏缺失'] }).catch((error: unknown) => error);
  expect(duplicate).toBeInstanceOf(WorkflowUpdateFailedError);
  expect((duplicate as WorkflowUpdateFailedError).cause?.message).toBe('duplicate item: 护栏缺失');

  // (c) query
  expect(await handle.query(stateQuery)).toEqual({ items: ['护栏缺失', '消防通道堵塞'], closed: false });

  // Update via start + result handle too (the path UI/API code uses).
  const updateHandle = await handle.startUpdate(addItemUpdate, { args: ['临边防护'], waitForStage: 'ACCEPTED' });
  expect(await updateHandle.result()).toBe(3);

  // Signal, then the workflow result reflects everything; a rejected update never reached history.
  await handle.signal(closeSignal, '监理');
  expect(await handle.result()).toEqual({
    items: ['护栏缺失', '消防通道堵塞', '临边防护'],
    closed: true,
    closedBy: '监理',
  });
  const history = await handle.fetchHistory();
  const accepted = history.events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes) ?? [];
  expect(accepted).toHaveLength(3);
});

test('a 14-day deadline inside condition() fires under time skipping when nobody signals', async () => {
  const wallStart = performance.now();
  const handle = await env.client.workflow.start(rectificationList, {
    taskQueue,
    workflowId: `rectification-deadline-${randomUUID()}`,
  });
  expect(await handle.executeUpdate(addItemUpdate, { args: ['脚手架连墙件'] })).toBe(1);
  expect(await handle.result()).toEqual({ items: ['脚手架连墙件'], closed: true, closedBy: 'deadline' });
  expect(performance.now() - wallStart).toBeLessThan(15_000);
});

test('an update whose handler sleeps 10 days: accept it, skip time with env.sleep(), then read its result', async () => {
  // Only result() and env.sleep() unlock time skipping; awaiting executeUpdate() alone would wait 10 real days.
  const handle = await env.client.workflow.start(inspectionWindow, {
    taskQueue,
    workflowId: `inspection-${randomUUID()}`,
  });
  const serverTimeBefore = await env.currentTimeMs();
  const update = await handle.startUpdate(reinspectUpdate, { args: [10], waitForStage: 'ACCEPTED' });
  await env.sleep('11 days');
  const wokeAtMs = await update.result();
  expect(wokeAtMs - serverTimeBefore).toBeGreaterThanOrEqual(10 * DAY);
  expect(wokeAtMs - serverTimeBefore).toBeLessThan(11 * DAY);
  expect(await handle.result()).toBe(1);
});

test('(e) env.sleep() skips forward and timers fire in order of their deadlines', async () => {
  const wallStart = performance.now();
  // Started in scrambled order on purpose: firing order must follow deadlines, not creation order.
  const handle = await env.client.workflow.start(staggeredTimers, {
    args: [[7, 1, 3]],
    taskQueue,
    workflowId: `staggered-${randomUUID()}`,
  });
  const fired = () => handle.query(firedQuery);
  const labels = (v: Awaited<ReturnType<typeof fired>>) => v.fired.map((f) => f.label);

  // Nothing fires on its own: outside env.sleep()/result() the server clock runs at wall speed.
  const initial = await fired();
  expect(initial.fired).toEqual([]);

  await env.sleep('2 days');
  expect(labels(await queryUntil(fired, (v) => v.fired.length >= 1))).toEqual(['1d']);

  await env.sleep('2 days'); // day 4
  expect(labels(await queryUntil(fired, (v) => v.fired.length >= 2))).toEqual(['1d', '3d']);

  await env.sleep('1 day'); // day 5: the 7-day timer is still pending
  await new Promise((r) => setTimeout(r, 300));
  expect(labels(await fired())).toEqual(['1d', '3d']);

  await env.sleep('3 days'); // day 8
  const done = await queryUntil(fired, (v) => v.fired.length >= 3);
  expect(labels(done)).toEqual(['1d', '3d', '7d']);
  // Each timer fired at (not before) its deadline in workflow time.
  for (const { label, atMs } of done.fired) {
    const days = Number(label.replace('d', ''));
    expect(atMs - initial.startedAtMs).toBeGreaterThanOrEqual(days * DAY);
    expect(atMs - initial.startedAtMs).toBeLessThan(days * DAY + DAY);
  }
  expect((await handle.result()).map((f) => f.label)).toEqual(['1d', '3d', '7d']);
  figures['8 simulated days via env.sleep wall time'] = `${Math.round(performance.now() - wallStart)} ms`;
});
