import { createWorkCalendar } from './calendar';
import {
  CYCLE_PHASES,
  DEFAULT_PHASE_WINDOWS,
  nextPhase,
  type PhaseDueTimes,
  phaseDueTimes,
  validatePhaseWindows,
} from './cycle-phases';
import { DomainError } from './errors';
import { instantAt } from './local-time';

const TZ = 'Asia/Shanghai';
const calendar = createWorkCalendar();
const local = (times: PhaseDueTimes | DomainError): Record<string, string> => {
  if (times instanceof DomainError) throw times;
  const f = new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, dateStyle: 'short', timeStyle: 'short' });
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, f.format(v)]));
};

describe('cycle phases', () => {
  it('go open → 自检 → 互检 → 例会 → 上报 → closed', () => {
    expect(CYCLE_PHASES).toEqual(['open', 'self_check', 'mutual_inspection', 'meeting', 'report', 'closed']);
    expect(nextPhase('meeting')).toBe('report');
    expect(nextPhase('closed')).toBeUndefined();
  });

  it('places the default windows in working days for a cycle started on the 25th at 09:00', () => {
    // Wed 2026-11-25: +3 = Mon 30, +7 = Fri Dec 4, +8 = Mon Dec 7, +10 = Wed Dec 9.
    expect(local(phaseDueTimes(instantAt('2026-11-25', '09:00', TZ), DEFAULT_PHASE_WINDOWS, calendar, TZ))).toEqual({
      selfCheckDue: '2026-11-30 18:00',
      mutualInspectionDue: '2026-12-04 18:00',
      meeting: '2026-12-07 09:00',
      reportDue: '2026-12-09 18:00',
    });
  });

  it('skips National Day and works the make-up Saturday for a cycle started on 2026-09-25 (Mid-Autumn)', () => {
    // Working days after Fri Sep 25: Sep 28, 29, 30, Oct 8, 9, Sat 10, 12, 13, 14, 15.
    expect(local(phaseDueTimes(instantAt('2026-09-25', '09:00', TZ), DEFAULT_PHASE_WINDOWS, calendar, TZ))).toEqual({
      selfCheckDue: '2026-09-30 18:00',
      mutualInspectionDue: '2026-10-12 18:00',
      meeting: '2026-10-13 09:00',
      reportDue: '2026-10-15 18:00',
    });
  });

  it('uses the cycle start time when a window has none, and calendar days when asked', () => {
    const windows = {
      selfCheckDue: { days: 2, dayKind: 'calendar' as const },
      mutualInspectionDue: { days: 5, dayKind: 'calendar' as const },
      meeting: { days: 6, dayKind: 'calendar' as const, time: '14:30' },
      reportDue: { days: 9, dayKind: 'calendar' as const, time: '12:00' },
    };
    expect(local(phaseDueTimes(instantAt('2026-11-25', '08:15', TZ), windows, calendar, TZ))).toEqual({
      selfCheckDue: '2026-11-27 08:15',
      mutualInspectionDue: '2026-11-30 08:15',
      meeting: '2026-12-01 14:30',
      reportDue: '2026-12-04 12:00',
    });
  });

  it('refuses mixed windows that put a phase before the one it follows on the real calendar', () => {
    const windows = {
      ...DEFAULT_PHASE_WINDOWS,
      meeting: { days: 8, dayKind: 'calendar' as const, time: '09:00' }, // 8 calendar days < 7 working days here
    };
    const result = phaseDueTimes(instantAt('2026-09-25', '09:00', TZ), windows, calendar, TZ);
    expect(result).toBeInstanceOf(DomainError);
    expect((result as DomainError).details.fields).toEqual([expect.objectContaining({ field: 'meeting' })]);
  });

  describe('validatePhaseWindows', () => {
    it('accepts the defaults', () => {
      expect(validatePhaseWindows(DEFAULT_PHASE_WINDOWS)).toBe(DEFAULT_PHASE_WINDOWS);
    });

    it.each<[string, unknown, string]>([
      ['out of order', { ...DEFAULT_PHASE_WINDOWS, meeting: { days: 6, dayKind: 'working' } }, 'meeting'],
      [
        'same moment twice',
        { ...DEFAULT_PHASE_WINDOWS, reportDue: { days: 8, dayKind: 'working', time: '09:00' } },
        'reportDue',
      ],
      [
        'negative days',
        { ...DEFAULT_PHASE_WINDOWS, selfCheckDue: { days: -1, dayKind: 'working' } },
        'selfCheckDue.days',
      ],
      ['bad time', { ...DEFAULT_PHASE_WINDOWS, meeting: { days: 8, dayKind: 'working', time: '8am' } }, 'meeting.time'],
      ['missing window', { ...DEFAULT_PHASE_WINDOWS, reportDue: undefined }, 'reportDue.dayKind'],
    ])('rejects %s', (_case, input, field) => {
      const result = validatePhaseWindows(input);
      expect(result).toBeInstanceOf(DomainError);
      expect((result as DomainError).details.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    });
  });
});
