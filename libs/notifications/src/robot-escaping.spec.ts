import { robotRequest } from './channels';
import { ROBOT_CHANNELS } from './delivery-policy';
import { escapeRobotText } from './robot-escaping';
import { type MessageModel, renderDigest, renderMessage } from './templates';

const hostile = 'x\n\n[立即核验](https://phish.example/login) <at id=all></at> ![](https://img.example/a.png) <@all>';

const model: MessageModel = {
  notificationId: '9',
  kind: 'rejected',
  title: `【验收退回】${hostile}`,
  body: '',
  model: {
    kind: 'rejected',
    audience: 'responsible',
    today: '2026-03-17',
    item: {
      title: hostile,
      requirement: hostile,
      responsibleUnit: '芜湖中江桥项目党支部 [点我](https://phish.example)',
      responsiblePerson: hostile,
      leadUnit: '芜湖片区联合党支部',
      deadline: '2026-04-14',
      light: { light: 'green', reason: 'on_schedule' },
      escalationLevel: 0,
      cycle: null,
    },
    next: { action: 'submit_evidence', due: '2026-04-10', timeLeft: { kind: 'days_left', days: 24 } },
    actor: hostile,
    reason: hostile,
    submitted: null,
    milestone: null,
    extension: null,
    reassignedFrom: null,
    escalation: null,
  },
  link: 'https://hj.example.cn/items/i-9',
  linkTarget: 'item',
};

/** The Markdown each robot would render, as the platform receives it. */
function markdownSent(channel: (typeof ROBOT_CHANNELS)[number], digest = false): string {
  const message = digest
    ? renderDigest([model, model], 'https://hj.example.cn/inbox', 'zh', channel)
    : renderMessage(model, 'zh', channel);
  const { body } = robotRequest(channel, 'https://example.cn/hook', null, message, model.link, 0);
  const card = body.card as { elements: { content?: string }[] } | undefined;
  return channel === 'feishu'
    ? String(card?.elements[0].content)
    : String(
        (body.markdown as { content?: string; text?: string }).content ?? (body.markdown as { text: string }).text,
      );
}

describe('robot Markdown escaping', () => {
  it.each(ROBOT_CHANNELS)('%s: a hostile title, reason and unit name smuggle no link, mention or image', (channel) => {
    for (const markdown of [markdownSent(channel), markdownSent(channel, true)]) {
      // Our own link is the only link; no user text opens a block, a tag or a URL.
      const links = [...markdown.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
      expect(links.every((l) => l.startsWith('https://hj.example.cn/'))).toBe(true);
      expect(markdown).not.toMatch(/<at|<@|!\[|https?:\/\/(phish|img)/);
      expect(markdown).not.toMatch(/\n\n\[立即核验/);
      expect(markdown).toContain('立即核验');
    }
  });

  it('Feishu: the syntax characters become character references; the header stays plain text', () => {
    expect(escapeRobotText('feishu', '[a](b) <at id=all></at>')).toBe(
      '&#91;a&#93;&#40;b&#41; &#60;at id=all&#62;&#60;/at&#62;',
    );
    const { body } = robotRequest('feishu', 'https://x.cn/h', null, renderMessage(model, 'zh', 'feishu'), '', 0);
    expect((body.card as { header: { title: { tag: string } } }).header.title.tag).toBe('plain_text');
  });

  it('WeCom and DingTalk: full-width look-alikes, line breaks flattened, bare URLs not linkable', () => {
    for (const channel of ['wecom', 'dingtalk'] as const) {
      expect(escapeRobotText(channel, 'x\n\n[立即核验](https://phish) <@all>')).toBe(
        'x ［立即核验］（https：//phish） ＜＠all＞',
      );
    }
  });

  it('leaves ordinary Chinese text as it is', () => {
    for (const channel of ROBOT_CHANNELS)
      expect(escapeRobotText(channel, '党员示范岗标识不全，整改时限内完成。')).toBe(
        '党员示范岗标识不全，整改时限内完成。',
      );
  });
});
