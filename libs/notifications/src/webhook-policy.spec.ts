import {
  DEFAULT_WEBHOOK_POLICY,
  forbiddenAddressReason,
  webhookUrlProblem,
  type WebhookPolicy,
} from './webhook-policy';

/** A private deployment that allows any name: only the address checks stand between a URL and the network. */
const anyHost: WebhookPolicy = {
  hosts: { wecom: ['*.cn', '*.com', '*.internal'], dingtalk: [], feishu: [] },
  allowLoopbackForTests: false,
};

describe('robot webhook policy (SSRF)', () => {
  it.each([
    ['cloud metadata (link-local)', 'https://169.254.169.254/latest/meta-data/'],
    ['loopback', 'https://127.0.0.1/cgi-bin/webhook/send?key=k'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['loopback written in hex', 'https://0x7f000001/hook'],
    ['loopback written as one number', 'https://2130706433/hook'],
    ['loopback written in octal', 'https://0177.0.0.1/hook'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/hook'],
    ['the Temporal UI by its compose name', 'http://temporal-ui:8080/'],
    ['the Temporal UI over https', 'https://temporal-ui:8080/'],
    ['a private address', 'https://10.0.0.5/hook'],
    ['a 192.168 address', 'https://192.168.1.1/hook'],
    ['a 172.16 address', 'https://172.16.0.1/hook'],
    ['unique-local IPv6', 'https://[fd00::1]/hook'],
    ['link-local IPv6', 'https://[fe80::1]/hook'],
    ['the unspecified address', 'https://0.0.0.0/hook'],
    ['plain http to the platform', 'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k'],
    ['another host than the platform', 'https://qyapi.weixin.qq.com.evil.cn/cgi-bin/webhook/send'],
    ['credentials in the URL', 'https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send'],
    ['not a URL', 'not a url'],
    ['another scheme', 'ftp://qyapi.weixin.qq.com/x'],
  ])('refuses %s with the default policy: %s', (_, url) => {
    expect(webhookUrlProblem(url, 'wecom', DEFAULT_WEBHOOK_POLICY)).toEqual(expect.any(String));
  });

  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://127.0.0.1/hook',
    'https://[::1]/hook',
    'https://0x7f000001/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://10.0.0.5/hook',
    'https://[fd00::1]/hook',
  ])('refuses the address %s even where every host name is allowed', (url) => {
    expect(webhookUrlProblem(url, 'wecom', { ...anyHost, hosts: { ...anyHost.hosts, wecom: ['*'] } })).toMatch(
      /must not point at .*private, loopback or link-local/,
    );
  });

  it.each([
    ['169.254.169.254'],
    ['127.0.0.1'],
    ['127.1.2.3'],
    ['::1'],
    ['::ffff:127.0.0.1'],
    ['::ffff:7f00:1'],
    ['10.1.2.3'],
    ['172.31.255.255'],
    ['192.168.0.10'],
    ['100.64.0.1'],
    ['0.0.0.0'],
    ['::'],
    ['fc00::1'],
    ['fe80::abcd'],
    ['224.0.0.1'],
    ['255.255.255.255'],
  ])('refuses to connect to the resolved address %s', (address) => {
    expect(forbiddenAddressReason(address, DEFAULT_WEBHOOK_POLICY)).toBe(
      'resolves to a private, loopback or link-local address',
    );
  });

  it('connects to public addresses', () => {
    for (const address of ['101.91.40.200', '8.8.8.8', '2408:4003:1f40::1'])
      expect(forbiddenAddressReason(address, DEFAULT_WEBHOOK_POLICY)).toBeUndefined();
  });

  it("accepts each platform's own host, and configured hosts of a private deployment", () => {
    expect(
      webhookUrlProblem('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', 'wecom', DEFAULT_WEBHOOK_POLICY),
    ).toBeUndefined();
    expect(
      webhookUrlProblem('https://oapi.dingtalk.com/robot/send?access_token=t', 'dingtalk', DEFAULT_WEBHOOK_POLICY),
    ).toBeUndefined();
    expect(
      webhookUrlProblem('https://open.feishu.cn/open-apis/bot/v2/hook/h', 'feishu', DEFAULT_WEBHOOK_POLICY),
    ).toBeUndefined();
    // A platform's host is not another platform's.
    expect(webhookUrlProblem('https://open.feishu.cn/open-apis/bot/v2/hook/h', 'wecom', DEFAULT_WEBHOOK_POLICY)).toBe(
      'must be on the wecom robot host (qyapi.weixin.qq.com)',
    );
    expect(webhookUrlProblem('https://robot.corp.internal/send', 'wecom', anyHost)).toBeUndefined();
    expect(webhookUrlProblem('https://internal/send', 'wecom', anyHost)).toBeDefined();
  });

  it('lets the test-only override reach loopback receivers over http, and nothing else private', () => {
    const tests: WebhookPolicy = { ...DEFAULT_WEBHOOK_POLICY, allowLoopbackForTests: true };
    expect(webhookUrlProblem('http://127.0.0.1:4010/wecom/send?key=k', 'wecom', tests)).toBeUndefined();
    expect(webhookUrlProblem('http://[::1]:4010/x', 'feishu', tests)).toBeUndefined();
    expect(webhookUrlProblem('http://10.0.0.5/x', 'wecom', tests)).toBeDefined();
    expect(webhookUrlProblem('https://169.254.169.254/x', 'wecom', tests)).toBeDefined();
    expect(webhookUrlProblem('http://temporal-ui:8080/', 'wecom', tests)).toBeDefined();
  });
});
