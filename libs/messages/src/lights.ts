import type { Light, LightReason } from '../../domain/src';
import type { Locale } from './locale';

/** 红黄绿灯 as words. */
export const LIGHT_WORD: Record<Locale, Record<Light, string>> = {
  zh: { green: '绿灯', yellow: '黄灯', red: '红灯' },
  en: { green: 'green', yellow: 'yellow', red: 'red' },
};

/**
 * What each light means under the default policy (version 2), as every page and export states it: one text, so
 * the legend, docs/items.md and `readLight` say the same.
 */
export function lightLegend(warningWorkingDays: number, locale: Locale = 'zh'): Record<Light, string> {
  return locale === 'zh'
    ? {
        green: '绿灯：按计划推进',
        yellow: `黄灯：节点滞后（有节点逾期）或临期（距整改时限${warningWorkingDays}个工作日内）`,
        red: '红灯：超期（已过整改时限仍未销号）',
      }
    : {
        green: 'green: on schedule',
        yellow: `yellow: behind plan (a milestone overdue) or due within ${warningWorkingDays} working days`,
        red: 'red: past the deadline and not closed',
      };
}

/** The facts a light's reason needs: the milestone's label and the working days left or past. */
export interface LightFacts {
  light: Light;
  reason: LightReason;
  milestoneLabel?: string;
  workingDays?: number;
}

/** The light as a word with its reason: 「黄灯（临期：距整改时限还有2个工作日）」. */
export function lightWithReason(f: LightFacts, locale: Locale): string {
  const word = LIGHT_WORD[locale][f.light];
  const why = locale === 'zh' ? reasonZh(f) : reasonEn(f);
  return locale === 'zh' ? `${word}（${why}）` : `${word} (${why})`;
}

function reasonZh(f: LightFacts): string {
  const days = f.workingDays ?? 0;
  switch (f.reason) {
    case 'on_schedule':
      return '按计划推进';
    case 'milestone_overdue':
      return `节点滞后：「${f.milestoneLabel ?? '整改节点'}」已逾期`;
    case 'milestone_near':
      return `「${f.milestoneLabel ?? '整改节点'}」即将到期`;
    case 'deadline_near':
      return days === 0 ? '临期：今天到整改时限' : `临期：距整改时限还有${days}个工作日`;
    case 'deadline_passed':
      return days === 0 ? '超期：已过整改时限' : `超期：已过整改时限${days}个工作日`;
    case 'closed':
      return '已销号';
  }
}

function reasonEn(f: LightFacts): string {
  const days = f.workingDays ?? 0;
  switch (f.reason) {
    case 'on_schedule':
      return 'on schedule';
    case 'milestone_overdue':
      return `behind plan: "${f.milestoneLabel ?? 'a milestone'}" is overdue`;
    case 'milestone_near':
      return `"${f.milestoneLabel ?? 'a milestone'}" is due soon`;
    case 'deadline_near':
      return days === 0 ? 'the deadline is today' : `${days} working day${days === 1 ? '' : 's'} to the deadline`;
    case 'deadline_passed':
      return days === 0 ? 'past the deadline' : `${days} working day${days === 1 ? '' : 's'} past the deadline`;
    case 'closed':
      return 'closed';
  }
}
