import { consoleLink } from './links';
import { type MessageModel, renderMessage } from './templates';

describe('message links', () => {
  const base = 'https://hj.example.cn';

  it('points an item at its console page, a cycle at its page, anything else at the inbox', () => {
    expect(consoleLink(base, { itemId: 'i-1', cycleId: 'c-1' })).toEqual({
      url: 'https://hj.example.cn/app/items/i-1',
      target: 'item',
    });
    expect(consoleLink(base, { itemId: null, cycleId: 'c-1' })).toEqual({
      url: 'https://hj.example.cn/app/cycles/c-1',
      target: 'cycle',
    });
    expect(consoleLink(base, { starRatingId: 'r-1' })).toEqual({
      url: 'https://hj.example.cn/app/evaluation/ratings/r-1',
      target: 'rating',
    });
    expect(consoleLink(base)).toEqual({ url: 'https://hj.example.cn/app/inbox', target: 'inbox' });
  });

  it('says in the link text what a cycle notice opens', () => {
    const { url, target } = consoleLink(base, { cycleId: 'c-1' });
    const notice: MessageModel = {
      notificationId: '1',
      kind: 'cycle_report',
      model: null,
      title: '【互检报告】2026年12月互检已完成',
      body: '互检报告已生成',
      link: url,
      linkTarget: target,
    };
    const message = renderMessage(notice);
    expect(message.text).toContain('查看互检周期: https://hj.example.cn/app/cycles/c-1');
    expect(message.markdown).toContain('[查看互检周期](https://hj.example.cn/app/cycles/c-1)');
    expect(message.html).toContain('<a href="https://hj.example.cn/app/cycles/c-1">查看互检周期</a>');
    expect(renderMessage(notice, 'en').text).toContain(
      'Open the inspection cycle: https://hj.example.cn/app/cycles/c-1',
    );
  });
});
