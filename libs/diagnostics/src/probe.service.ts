import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/src';
import { DomainError } from '../../domain/src';
import { WorkflowProbeEntity } from '../../persistence/src';
import { TemporalClient } from '../../temporal/src';
import { workflowIds } from '../../../workflows/contracts';

export interface ProbeView {
  id: string;
  workflowId: string;
  message: string;
  /** 'pending' until the worker's activity has written the echo to Postgres. */
  status: 'pending' | 'completed';
  echo: string | null;
  completedAt: Date | null;
}

/** Starts and reads end-to-end probes (API → Temporal → worker → activity → Postgres). */
@Injectable()
export class ProbeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly temporal: TemporalClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(message: string, requestedBy: string): Promise<ProbeView> {
    const id = randomUUID();
    await this.db.getRepository(WorkflowProbeEntity).insert({ id, message, requestedBy });
    try {
      await this.temporal.workflow.start('probeWorkflow', {
        workflowId: workflowIds.probe(id),
        taskQueue: this.config.temporalTaskQueue,
        args: [{ probeId: id, message }],
      });
    } catch (error) {
      // No workflow, no row: the probe either exists end to end or not at all.
      await this.db.getRepository(WorkflowProbeEntity).delete({ id });
      throw new DomainError(
        'DEPENDENCY_UNAVAILABLE',
        'Temporal did not accept the workflow; try again when /health is green',
        {
          cause: error instanceof Error ? error.message : String(error),
        },
      );
    }
    return this.get(id);
  }

  async get(id: string): Promise<ProbeView> {
    const row = await this.db.getRepository(WorkflowProbeEntity).findOneBy({ id });
    if (!row) throw new DomainError('NOT_FOUND', `Probe ${id} does not exist`, { id });
    return {
      id: row.id,
      workflowId: workflowIds.probe(row.id),
      message: row.message,
      status: row.completedAt ? 'completed' : 'pending',
      echo: row.echo,
      completedAt: row.completedAt,
    };
  }
}
