import { BlockList, isIP } from 'node:net';
import type { RobotChannel } from './delivery-policy';

/**
 * Where robot webhooks may point. A unit admin types the URL, and the worker POSTs to it with retries, so an open URL
 * is a server-side request forgery (SSRF) into the deployment: each platform's own hosts only, https only, and never
 * a private, loopback or link-local address — checked on the address the name resolves to, at connect time.
 */
export interface WebhookPolicy {
  /** Allowed host names per platform: exact names, or `*.example.cn` for any subdomain. */
  hosts: Record<RobotChannel, string[]>;
  /**
   * Tests only: also allows http and loopback receivers (127.0.0.0/8, ::1) on any platform, so the suites can run
   * their own HTTP receivers. Refused when NODE_ENV=production.
   */
  allowLoopbackForTests: boolean;
}

/** The platforms' public robot hosts. */
export const DEFAULT_ROBOT_HOSTS: Record<RobotChannel, string[]> = {
  wecom: ['qyapi.weixin.qq.com'],
  dingtalk: ['oapi.dingtalk.com'],
  feishu: ['open.feishu.cn'],
};

export const DEFAULT_WEBHOOK_POLICY: WebhookPolicy = { hosts: DEFAULT_ROBOT_HOSTS, allowLoopbackForTests: false };

/**
 * Addresses no webhook may reach: private, loopback, link-local (cloud metadata), shared, reserved, multicast.
 * BlockList applies the IPv4 rules to IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) too.
 */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const)
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** `[::1]` → `::1`: URL hostnames keep the brackets of an IPv6 literal. */
export const bareHost = (hostname: string): string => hostname.replace(/^\[(.*)\]$/, '$1');

/** Why a webhook may not connect to this IP address, or undefined when it may (a public unicast address). */
export function forbiddenAddressReason(address: string, policy: WebhookPolicy): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'is not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (policy.allowLoopbackForTests && LOOPBACK.check(address, type)) return undefined;
  if (FORBIDDEN.check(address, type)) return 'resolves to a private, loopback or link-local address';
  return undefined;
}

function hostAllowed(host: string, allowed: string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return allowed.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('*.') ? name.endsWith(e.slice(1)) && name.length > e.length - 1 : name === e;
  });
}

/**
 * Why a webhook URL may not be saved or used for this platform, or undefined: an absolute https URL without
 * credentials on one of the platform's allowed hosts. The address the host resolves to is checked again at connect
 * time (`forbiddenAddressReason`), since a name may point anywhere.
 */
export function webhookUrlProblem(value: unknown, channel: RobotChannel, policy: WebhookPolicy): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return 'must be an https URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute https URL';
  }
  const host = bareHost(url.hostname);
  const loopbackReceiver =
    policy.allowLoopbackForTests && isIP(host) !== 0 && forbiddenAddressReason(host, policy) === undefined;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackReceiver)) return 'must use https';
  if (url.username || url.password) return 'must not carry credentials';
  if (!host) return 'must name a host';
  if (isIP(host) !== 0) {
    const reason = forbiddenAddressReason(host, policy);
    if (reason) return `must not point at ${host}: it ${reason}`;
    if (loopbackReceiver) return undefined;
  }
  if (!hostAllowed(host, policy.hosts[channel]))
    return `must be on the ${channel} robot host (${policy.hosts[channel].join(', ')})`;
  return undefined;
}
