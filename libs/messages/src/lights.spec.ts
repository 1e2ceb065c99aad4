import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY_SET } from '../../domain/src';
import { lightLegend, lightWithReason } from './lights';

describe('the light legend', () => {
  const legend = lightLegend(DEFAULT_POLICY_SET.base.deadlineWarningWorkingDays ?? -1);

  it('says what readLight does under the default policy', () => {
    expect(legend).toEqual({
      green: '绿灯：按计划推进',
      yellow: '黄灯：节点滞后（有节点逾期）或临期（距整改时限3个工作日内）',
      red: '红灯：超期（已过整改时限仍未销号）',
    });
  });

  it('is the battle map page legend word for word', () => {
    const page = readFileSync(join(__dirname, '../../../apps/api/src/pages/static/battle-map.html'), 'utf8');
    const shown = [...page.matchAll(/<i class="dot (red|yellow|green)"><\/i>([^<]+)<\/span>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(Object.fromEntries(shown)).toEqual(legend);
  });

  it.each([
    [{ light: 'green', reason: 'on_schedule' }, '绿灯（按计划推进）', 'green (on schedule)'],
    [
      { light: 'yellow', reason: 'milestone_overdue', milestoneLabel: '报告整改进度' },
      '黄灯（节点滞后：「报告整改进度」已逾期）',
      'yellow (behind plan: "报告整改进度" is overdue)',
    ],
    [
      { light: 'yellow', reason: 'deadline_near', workingDays: 2 },
      '黄灯（临期：距整改时限还有2个工作日）',
      'yellow (2 working days to the deadline)',
    ],
    [
      { light: 'yellow', reason: 'deadline_near', workingDays: 0 },
      '黄灯（临期：今天到整改时限）',
      'yellow (the deadline is today)',
    ],
    [
      { light: 'red', reason: 'deadline_passed', workingDays: 1 },
      '红灯（超期：已过整改时限1个工作日）',
      'red (1 working day past the deadline)',
    ],
  ] as const)('words %j with its reason', (facts, zh, en) => {
    expect(lightWithReason(facts, 'zh')).toBe(zh);
    expect(lightWithReason(facts, 'en')).toBe(en);
  });
});
