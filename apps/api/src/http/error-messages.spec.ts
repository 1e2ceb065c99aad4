import { ERROR_MESSAGES_ZH, errorMessage, localeFromAcceptLanguage } from '../../../../libs/messages/src';
import { ERROR_CODES } from './error.filter';

const today = '2026-12-02';

describe('error messages', () => {
  it.each(ERROR_CODES)('%s has a Chinese message in the catalogue', (code) => {
    const zh = ERROR_MESSAGES_ZH[code];
    expect(zh).toBeDefined();
    const text = zh({}, today);
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    // No English sentence and no code name reaches the reader.
    expect(text).not.toMatch(/\b[a-z]+_[a-z]+\b|\b(the|is|not|cannot)\b/i);
  });

  it('follows Accept-Language: Chinese by default and for zh, English when en ranks first', () => {
    expect(
      [undefined, '', 'zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8', 'en-US,en;q=0.9', 'fr, en;q=0.5', 'en;q=0, zh', 'de'].map(
        localeFromAcceptLanguage,
      ),
    ).toEqual(['zh', 'zh', 'zh', 'zh', 'en', 'en', 'zh', 'zh']);
  });

  it.each([
    [
      'a 互检 before its window opens, with the date it opens',
      {
        code: 'ILLEGAL_TRANSITION',
        message: 'x',
        details: { currentState: 'self_check', submission: 'mutual_inspection', opensAt: '2026-12-10' },
      },
      '本期互检尚在自检阶段，互检将于12月10日（周四）开始',
    ],
    [
      'a self-check after its phase',
      { code: 'ILLEGAL_TRANSITION', message: 'x', details: { currentState: 'report', submission: 'self_check' } },
      '本期互检已进入报告阶段，不再接收自检',
    ],
    [
      'an item action in the wrong state, naming only what the caller may do',
      {
        code: 'ILLEGAL_TRANSITION',
        message: 'Cannot submitPlan an item that is pending_verification',
        details: {
          currentState: 'in_progress',
          action: 'submitPlan',
          allowedActions: ['reportProgress', 'submitEvidence', 'requestExtension'],
        },
      },
      '整改项当前为「整改中」，不能提交整改方案；您现在可以：报告整改进度、提交整改佐证、申请延期',
    ],
    [
      'every bad field with its reason',
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid input',
        details: {
          fields: [
            { field: 'deadline', reason: 'must be a date from 2026-12-03 on' },
            { field: 'title', reason: 'is required' },
          ],
        },
      },
      '输入有误：deadline（须为 2026-12-03 或之后的日期）；title（必填）',
    ],
    [
      'the side that may act',
      {
        code: 'WRONG_ACTOR',
        message: 'Only the verifying lead unit (主责单位) may verify',
        details: { action: 'verify', requiredSide: 'verifier' },
      },
      '「验收」由主责单位办理，您的单位不能进行此操作',
    ],
    [
      'a message its thrower wrote in Chinese',
      { code: 'VALIDATION_FAILED', message: '文件 "empty.pdf" 是空的', details: { field: 'file' } },
      '文件 "empty.pdf" 是空的',
    ],
  ])('words %s', (_case, error, zh) => {
    expect(errorMessage(error, 'zh', today)).toBe(zh);
    expect(errorMessage(error, 'en', today)).toBe(error.message);
  });
});
