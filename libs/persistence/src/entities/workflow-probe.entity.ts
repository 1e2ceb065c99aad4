import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An end-to-end probe: API → Temporal → worker → activity → this row. Proves the whole path is alive. */
@Entity('workflow_probes')
export class WorkflowProbeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') message: string;
  @Column('uuid', { name: 'requested_by' }) requestedBy: string;
  @Column('text', { nullable: true }) echo: string | null;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
