import {
  addCalendarDays,
  calendarDaysBetween,
  compareLocalDate,
  type LocalDate,
  weekday,
  type WorkCalendar,
} from '../../domain/src';
import type { Locale } from './locale';

/** A local date and time (ORG_TIME_ZONE), as a message shows it: the model never carries an instant. */
export interface LocalMoment {
  date: LocalDate;
  time: string;
}

/** How much time is left until something is due, as a person counts it. */
export type TimeLeft =
  | { kind: 'days_left'; days: number } // 还有3天 (calendar days)
  | { kind: 'due_today' } // 今天到期
  | { kind: 'overdue'; workingDays: number }; // 已逾期2个工作日

/** The time left from `today` to `due`: calendar days ahead, or working days past (China's calendar, 调休). */
export function timeLeftUntil(due: LocalDate, today: LocalDate, calendar: WorkCalendar): TimeLeft {
  const c = compareLocalDate(due, today);
  if (c === 0) return { kind: 'due_today' };
  if (c > 0) return { kind: 'days_left', days: calendarDaysBetween(today, due) };
  return {
    kind: 'overdue',
    workingDays: calendar.workingDaysBetween(addCalendarDays(due, 1), addCalendarDays(today, 1)),
  };
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 「12月5日（周五）」, with the year when it is not `today`'s: 「2027年1月5日（周二）」; en "Fri 5 Dec". */
export function dayWords(date: LocalDate, today: LocalDate, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  if (locale === 'zh') return `${sameYear ? '' : `${y}年`}${m}月${d}日（${WEEKDAY_ZH[weekday(date)]}）`;
  return `${WEEKDAY_EN[weekday(date)]} ${d} ${MONTH_EN[m - 1]}${sameYear ? '' : ` ${y}`}`;
}

/** 「12月10日（周四）09:00」. */
export function momentWords(at: LocalMoment, today: LocalDate, locale: Locale): string {
  return `${dayWords(at.date, today, locale)}${locale === 'zh' ? '' : ' '}${at.time}`;
}

/** 还有3天 / 今天到期 / 已逾期2个工作日 (en: 3 days left / due today / 2 working days overdue). */
export function timeLeftWords(t: TimeLeft, locale: Locale): string {
  if (locale === 'zh') {
    if (t.kind === 'days_left') return t.days === 1 ? '明天到期' : `还有${t.days}天`;
    if (t.kind === 'due_today') return '今天到期';
    return t.workingDays === 0 ? '已逾期' : `已逾期${t.workingDays}个工作日`;
  }
  if (t.kind === 'days_left') return t.days === 1 ? 'due tomorrow' : `${t.days} days left`;
  if (t.kind === 'due_today') return 'due today';
  return t.workingDays === 0 ? 'overdue' : `${t.workingDays} working day${t.workingDays === 1 ? '' : 's'} overdue`;
}
