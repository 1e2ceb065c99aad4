import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AuditFilter {
  actorPersonId?: string;
  action?: string;
  target?: string;
  since?: Date;
  until?: Date;
  limit: number;
}

/** Reads the audit log, newest first. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filter: AuditFilter) {
    const params: unknown[] = [];
    const where: string[] = [];
    if (filter.actorPersonId) where.push(`a.actor_person_id = $${params.push(filter.actorPersonId)}`);
    if (filter.action) where.push(`a.action ILIKE $${params.push(`%${filter.action}%`)}`);
    if (filter.target) where.push(`a.target LIKE $${params.push(`%${filter.target}%`)}`);
    if (filter.since) where.push(`a.at >= $${params.push(filter.since)}`);
    if (filter.until) where.push(`a.at < $${params.push(filter.until)}`);
    return this.db.query(
      `SELECT a.id, a.at, a.actor_person_id AS "actorPersonId", p.name AS "actorName", a.action, a.target, a.status,
              a.request_id AS "requestId", a.request, a.outcome
         FROM audit_log a LEFT JOIN people p ON p.id = a.actor_person_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.at DESC, a.id DESC LIMIT $${params.push(filter.limit)}`,
      params,
    );
  }
}
