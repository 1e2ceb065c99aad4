import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BUILT_IN_POLICY_SETS,
  type CalendarOverride,
  DEFAULT_POLICY_SET,
  DomainError,
  isLocalDate,
  type PolicySet,
  validateCalendarOverrides,
  validatePolicySet,
} from '../../domain/src';

export interface PolicySetView extends PolicySet {
  note: string | null;
  createdAt: Date;
}

/**
 * Versioned reminder/escalation policies and the working-day calendar's admin overrides. New items take the newest
 * policy and the current overrides; live items keep theirs until an admin re-bases them.
 */
@Injectable()
export class PoliciesService implements OnModuleInit {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The built-in versions (1, and 2 with the 督办 office's lights) are stored so that items can refer to them. */
  async onModuleInit(): Promise<void> {
    for (const set of BUILT_IN_POLICY_SETS) {
      await this.db.query(
        `INSERT INTO policy_sets (version, body, note) VALUES ($1, $2, 'default') ON CONFLICT DO NOTHING`,
        [set.version, JSON.stringify(set)],
      );
    }
  }

  async list(): Promise<PolicySetView[]> {
    const rows: { body: PolicySet; note: string | null; created_at: Date }[] = await this.db.query(
      'SELECT body, note, created_at FROM policy_sets ORDER BY version',
    );
    return rows.map((r) => ({ ...r.body, note: r.note, createdAt: r.created_at }));
  }

  async get(version: number): Promise<PolicySet> {
    const rows = await this.db.query('SELECT body FROM policy_sets WHERE version = $1', [version]);
    if (rows.length === 0) throw new DomainError('NOT_FOUND', `Policy version ${version} does not exist`, { version });
    return rows[0].body as PolicySet;
  }

  async latest(): Promise<PolicySet> {
    const rows = await this.db.query('SELECT body FROM policy_sets ORDER BY version DESC LIMIT 1');
    return (rows[0]?.body as PolicySet | undefined) ?? DEFAULT_POLICY_SET;
  }

  /** Stores a new version (the next number); invalid sets are refused with every offending field. */
  async create(body: Omit<PolicySet, 'version'>, note: string | null, createdBy: string): Promise<PolicySetView> {
    return this.db.transaction(async (tx) => {
      await tx.query('LOCK TABLE policy_sets IN EXCLUSIVE MODE');
      const [{ next }] = await tx.query('SELECT coalesce(max(version), 0) + 1 AS next FROM policy_sets');
      const set = validatePolicySet({ ...body, version: next });
      if (set instanceof DomainError) throw set;
      const [row] = await tx.query(
        'INSERT INTO policy_sets (version, body, note, created_by) VALUES ($1, $2, $3, $4) RETURNING created_at',
        [set.version, JSON.stringify(set), note, createdBy],
      );
      return { ...set, note, createdAt: row.created_at };
    });
  }

  async calendarOverrides(): Promise<CalendarOverride[]> {
    const rows: { day: string; kind: 'holiday' | 'workday'; note: string | null }[] = await this.db.query(
      'SELECT day, kind, note FROM calendar_overrides ORDER BY day',
    );
    return rows.map((r) => ({ date: r.day, kind: r.kind, ...(r.note ? { note: r.note } : {}) }));
  }

  /** Adds or replaces the override of one day (e.g. next year's holidays before the calendar data has them). */
  async putCalendarOverride(override: CalendarOverride, createdBy: string): Promise<CalendarOverride> {
    const valid = validateCalendarOverrides([override]);
    if (valid instanceof DomainError) throw valid;
    const [day] = valid;
    await this.db.query(
      `INSERT INTO calendar_overrides (day, kind, note, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, note = EXCLUDED.note, created_by = EXCLUDED.created_by`,
      [day.date, day.kind, day.note ?? null, createdBy],
    );
    return day;
  }

  async deleteCalendarOverride(date: string): Promise<void> {
    if (!isLocalDate(date))
      throw new DomainError('VALIDATION_FAILED', 'date must be a date YYYY-MM-DD', { field: 'date' });
    const result: [unknown[], number] = await this.db.query('DELETE FROM calendar_overrides WHERE day = $1::date', [
      date,
    ]);
    if (result[1] === 0) throw new DomainError('NOT_FOUND', `There is no override for ${date}`, { date });
  }
}
