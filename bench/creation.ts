/**
 * Benchmark 1: items created through the API per second (POST /items answers once the workflow runs and the ledger
 * row is written) against bare no-op workflow starts per second on the same Temporal server.
 * Benchmark 6: an action (submit the plan) through the API until the ledger shows it.
 */
import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { type Figure, percentile, Progress, round, runPool, scaled } from './support';
import { itemHistoryLengths, localDate, NOOP_TASK_QUEUE, type World } from './world';

const CONCURRENCY = 32;
/** Created items whose histories are read for the events one creation costs. */
const EVENT_SAMPLE = 50;

export interface CreationResult {
  figures: Figure[];
  bareStartsPerSecond: number | null;
  createdIds: string[];
}

/** Bare no-op workflow starts per second on the bench's Temporal server: the floor every other rate is held to. */
export async function bareStarts(world: World, scale: number, label: string): Promise<{ rate: number; done: number }> {
  const bareCount = scaled(1000, scale, 50);
  const handles: WorkflowHandle[] = [];
  const bareProgress = new Progress(`${label} bare no-op workflow starts`, bareCount);
  const bare = await runPool(
    bareCount,
    CONCURRENCY,
    60_000,
    async () => {
      handles.push(
        await world.temporal.workflow.start('noopWorkflow', {
          workflowId: `noop-${randomUUID()}`,
          taskQueue: NOOP_TASK_QUEUE,
          args: [],
        }),
      );
    },
    bareProgress,
  );
  bareProgress.done();
  // Let the no-op runs finish so that they do not compete with what is measured next.
  await Promise.race([Promise.all(handles.map((h) => h.result())), new Promise((r) => setTimeout(r, 60_000))]);
  return { rate: bare.done / (bare.ms / 1000), done: bare.done };
}

export async function itemCreation(world: World, scale: number): Promise<CreationResult> {
  const { rate: bareRate, done: bareDone } = await bareStarts(world, scale, '1');

  const itemCount = scaled(1000, scale, 20);
  const latencies: number[] = [];
  const createdIds: string[] = [];
  const deadline = localDate(Date.now(), 30);
  const progress = new Progress('1 items through POST /items', itemCount);
  const created = await runPool(
    itemCount,
    CONCURRENCY,
    120_000,
    async (i) => {
      const res = await world.api.call('POST', '/items', world.tokens.leadAdmin, {
        responsibleUnitId: world.demo.zhongjiangUnitId,
        title: `基准测试：创建 ${i}`,
        severity: 'major',
        deadline,
      });
      if (res.status !== 201) throw new Error(`POST /items answered ${res.status}: ${res.body.slice(0, 200)}`);
      const row = JSON.parse(res.body) as { id: string; milestones: unknown[] };
      if (!row.milestones?.length) throw new Error('POST /items answered without milestones');
      latencies.push(res.ms);
      createdIds.push(row.id);
    },
    progress,
  );
  progress.done();
  const itemRate = created.done / (created.ms / 1000);
  // Every item is now asleep on its first timer: its history so far is what its creation cost the server.
  const events = await itemHistoryLengths(world, createdIds.slice(0, EVENT_SAMPLE));
  const ratio = bareRate > 0 ? itemRate / bareRate : null;
  const note =
    `${created.done} items, ${CONCURRENCY} concurrent clients; POST p50 ${round(percentile(latencies, 50))} ms, ` +
    `p99 ${round(percentile(latencies, 99))} ms` +
    (created.errors.length ? `; ${created.errors.length} errors, first: ${created.errors[0]}` : '');
  return {
    bareStartsPerSecond: bareRate,
    createdIds,
    figures: [
      {
        benchmark: '1 item creation',
        figure: 'items created via API (ledger row visible) / s vs bare no-op starts / s',
        value: round(itemRate),
        unit: '/s',
        baseline: { label: `bare no-op starts/s (${bareDone}, ${CONCURRENCY} concurrent)`, value: round(bareRate) },
        ratio: round(ratio, 2),
        target: 'ratio ≥ 0.5',
        pass: ratio !== null && ratio >= 0.5,
        note,
      },
      {
        benchmark: '1 item creation',
        figure: 'items created via API / s (absolute)',
        value: round(itemRate),
        unit: '/s',
        ratio: round(itemRate / 100, 2),
        target: '≥ 100 /s',
        pass: itemRate >= 100,
      },
      {
        benchmark: '1 item creation',
        figure: 'history events per item created (until asleep on its first timer)',
        value: round(mean(events), 2),
        unit: 'events',
        note: `${events.length} items sampled; min ${Math.min(...events)}, max ${Math.max(...events)}`,
      },
    ],
  };
}

/** Submits the plan (open → in_progress) on items one after another; the API answers with the ledger row after it. */
export async function actionRoundTrip(world: World, itemIds: string[], scale: number): Promise<Figure[]> {
  const count = Math.min(itemIds.length, scaled(200, scale, 20));
  const latencies: number[] = [];
  const progress = new Progress('6 submit plan, one client', count);
  const run = await runPool(
    count,
    1,
    120_000,
    async (i) => {
      const res = await world.api.call('POST', `/items/${itemIds[i]}/plan`, world.tokens.branchSecretary, {
        plan: '基准测试：整改方案',
      });
      if (res.status !== 200) throw new Error(`POST /items/:id/plan answered ${res.status}: ${res.body.slice(0, 200)}`);
      if ((JSON.parse(res.body) as { status: string }).status !== 'in_progress') {
        throw new Error('the ledger row in the answer is not in_progress');
      }
      latencies.push(res.ms);
    },
    progress,
  );
  progress.done();
  // What any other reader sees afterwards: the ledger rows, straight from Postgres.
  const shown = (
    await world.pg.query(`SELECT count(*)::int AS n FROM items WHERE id = ANY($1) AND status = 'in_progress'`, [
      itemIds.slice(0, count),
    ])
  ).rows[0].n as number;
  const p99 = percentile(latencies, 99);
  return [
    {
      benchmark: '6 action round trip',
      figure: 'submit plan via API until the ledger shows it, p50',
      value: round(percentile(latencies, 50)),
      unit: 'ms',
    },
    {
      benchmark: '6 action round trip',
      figure: 'submit plan via API until the ledger shows it, p99',
      value: round(p99),
      unit: 'ms',
      ratio: p99 === null ? null : round(p99 / 300, 2),
      target: '≤ 300 ms',
      pass: p99 !== null && p99 <= 300 && shown === run.done,
      note:
        `${run.done} actions; ${shown} rows in_progress in the ledger afterwards` +
        (run.errors.length ? `; ${run.errors.length} errors, first: ${run.errors[0]}` : ''),
    },
  ];
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
