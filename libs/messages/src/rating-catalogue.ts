import type { Locale } from './locale';
import type { ComposedMessage, RatingMessage } from './models';
import { dayWords, timeLeftWords } from './time-words';

type Step = NonNullable<RatingMessage['step']>['kind'];

const STEP_WORDS: Record<Locale, Record<Step, string>> = {
  zh: { review: '评星结果审核', answer: '异议答复', approval: '评星结果审定' },
  en: { review: 'the review of the rating', answer: 'the answer to an objection', approval: 'the approval' },
};

/**
 * Messages about a region's annual star rating (一年一评比), Chinese first: the result to review, the 公示 to every
 * unit (how and until when to object), an objection to answer, the answer, the approval to give, the final result
 * (上报 to the committee, 通报 to the units), and the reminders, 催办 and 督办 of each human step. Every message
 * ends with what the reader is to do next.
 */
export function composeRating(m: RatingMessage, locale: Locale): ComposedMessage {
  const zh = locale === 'zh';
  const r = m.rating;
  const day = (d: string) => dayWords(d, m.today, locale);
  const what = zh ? `${r.region}${r.year}年度评星` : `the ${r.year} star rating of ${r.region}`;
  const subject = (zhTag: string, enTag: string, about = '') =>
    zh ? `【${zhTag}】${r.region} ${r.year}年度评星${about}` : `[${enTag}] ${r.region} ${r.year} star rating${about}`;
  const facts: ComposedMessage['facts'] = [
    { label: zh ? '片区' : 'Region', value: r.region },
    { label: zh ? '年度' : 'Year', value: String(r.year) },
  ];
  if (m.step) {
    facts.push({
      label: zh ? '办理时限' : 'Due',
      value: `${day(m.step.due)}（${timeLeftWords(m.step.timeLeft, locale)}）`,
    });
  }
  if (m.noticeLastDay) facts.push({ label: zh ? '公示截止' : 'Notice ends', value: day(m.noticeLastDay) });
  if (m.objection) {
    facts.push({ label: zh ? '异议单位' : 'Objecting unit', value: m.objection.unit });
    facts.push({ label: zh ? '异议理由' : 'Reason', value: m.objection.reason });
    if (m.objection.answer) facts.push({ label: zh ? '答复' : 'Answer', value: m.objection.answer });
  }
  if (m.ranking.length > 0) {
    facts.push({
      label: zh ? '结果' : 'Result',
      value: m.ranking
        .map((u) =>
          zh
            ? `第${u.rank}名 ${u.unit}（${u.points}分，${u.stars}星）`
            : `#${u.rank} ${u.unit} (${u.points}, ${u.stars} stars)`,
        )
        .join(zh ? '；' : '; '),
    });
  }
  const due = m.step ? day(m.step.due) : '';
  const objector = m.objection?.unit ?? '';
  const stepAsk: Record<Step, string> = zh
    ? { review: '审核评星结果并发布公示', answer: `答复${objector}的异议`, approval: '审定评星结果' }
    : {
        review: 'review the rating and publish it',
        answer: `answer the objection of ${objector}`,
        approval: 'approve it',
      };
  switch (m.kind) {
    case 'rating_review':
      return {
        subject: subject('评星待审核', 'To review'),
        summary: zh ? `${what}结果已按考核细则计算完成。` : `The result of ${what} is computed by the indicator set.`,
        ask: zh
          ? `请于${due}前审核（调整积分须写明理由），确认无误后发布公示。`
          : `Please review it by ${due} (an adjustment needs a reason), then publish it.`,
        facts,
        tone: 'blue',
      };
    case 'rating_published':
      return {
        subject: subject('评星公示', 'Public notice'),
        summary: zh
          ? `${what}结果现予公示，公示期至${day(m.noticeLastDay ?? m.today)}。`
          : `The result of ${what} is published until ${day(m.noticeLastDay ?? m.today)}.`,
        ask: zh
          ? `请核对本单位的积分和星级；如有异议，请于${day(m.noticeLastDay ?? m.today)}前在评星页面提出，写明理由并附佐证材料，逾期不再受理。`
          : `Please check your unit's points and stars; to object, lodge it on the rating's page with a reason and files by ${day(m.noticeLastDay ?? m.today)}.`,
        facts,
        tone: 'blue',
      };
    case 'rating_objection':
      return {
        subject: subject('评星异议', 'Objection', ` · ${objector}`),
        summary: zh ? `${objector}对${what}结果提出异议。` : `${objector} objects to the result of ${what}.`,
        ask: zh
          ? `请于${due}前答复：异议成立的写明更正分值，不成立的写明理由。`
          : `Please answer by ${due}: upheld with the corrected points, or dismissed with a reason.`,
        facts,
        tone: 'orange',
      };
    case 'rating_answered': {
      const upheld = m.objection?.upheld === true;
      return {
        subject: subject('异议答复', 'Objection answered'),
        summary: zh
          ? `你单位对${what}的异议经核实${upheld ? '成立，积分已更正' : '不成立，维持原结果'}。`
          : `Your objection to ${what} was ${upheld ? 'upheld: the points are corrected' : 'dismissed: the result stands'}.`,
        ask: zh
          ? upheld
            ? '请在评星页面核对更正后的积分和星级。'
            : '请查看答复理由；如仍有意见，可向主责单位或党委反映。'
          : upheld
            ? 'Please check the corrected points and stars on the rating page.'
            : 'Please read the answer; any further concern goes to the lead unit or the committee.',
        facts,
        tone: upheld ? 'blue' : 'orange',
      };
    }
    case 'rating_approval':
      return {
        subject: subject('评星待审定', 'To approve'),
        summary: zh
          ? `${what}公示期已结束，异议均已答复。`
          : `The notice period of ${what} is over and every objection is answered.`,
        ask: zh ? `请于${due}前审定评星结果。` : `Please approve the result by ${due}.`,
        facts,
        tone: 'blue',
      };
    case 'rating_final': {
      const up = m.audience === 'committee';
      return {
        subject: subject(up ? '评星上报' : '评星通报', up ? 'Report' : 'Bulletin'),
        summary: zh
          ? `${what}结果已经党委审定，现予${up ? '上报' : '通报'}。`
          : `The result of ${what} is approved by the committee${up ? ' and reported' : ''}.`,
        ask: zh
          ? up
            ? '请查看最终结果并归档备查。'
            : '请查看本单位的星级和积分明细，对照考核细则查漏补缺。'
          : up
            ? 'Please read the final result and file it.'
            : "Please read your unit's stars and breakdown and act on the lines it lost points on.",
        facts,
        tone: 'blue',
      };
    }
    case 'rating_reminder':
    case 'rating_chase':
    case 'rating_escalation': {
      const step = m.step?.kind ?? 'review';
      const label = STEP_WORDS[locale][step];
      const left = m.step ? timeLeftWords(m.step.timeLeft, locale) : '';
      const owner = step === 'approval' ? (zh ? '党委' : 'the committee') : r.leadUnit;
      const ownsIt = (step === 'approval') === (m.audience === 'committee');
      if (m.kind === 'rating_reminder') {
        return {
          subject: subject('提醒', 'Reminder', ` · ${label}`),
          summary: zh ? `${what}的${label}将于${due}到期（${left}）。` : `${label} of ${what} is due ${due} (${left}).`,
          ask: zh ? `请于${due}前${stepAsk[step]}。` : `Please ${stepAsk[step]} by ${due}.`,
          facts,
          tone: 'blue',
        };
      }
      if (m.kind === 'rating_chase') {
        return {
          subject: subject('催办', 'Overdue', ` · ${label}`),
          summary: zh ? `${what}的${label}已逾期（${left}）。` : `${label} of ${what} is overdue (${left}).`,
          ask: zh ? `请尽快${stepAsk[step]}。` : `Please ${stepAsk[step]} now.`,
          facts,
          tone: 'orange',
        };
      }
      const level = zh ? (m.level === 2 ? '党委督办' : '督办') : m.level === 2 ? "the committee's 督办" : '督办';
      return {
        subject: subject('督办', 'Escalation', ` · ${label}`),
        summary: zh
          ? `${owner}的${what}${label}逾期未办（${left}），已升级为${level}。`
          : `${label} of ${what} by ${owner} is overdue (${left}): escalated to ${level}.`,
        ask: ownsIt
          ? zh
            ? `请立即${stepAsk[step]}。`
            : `Please ${stepAsk[step]} at once.`
          : zh
            ? `请督促${owner}办理。`
            : `Please follow up with ${owner}.`,
        facts,
        tone: 'red',
      };
    }
  }
}
