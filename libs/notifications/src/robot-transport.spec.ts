import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveryFailure, postToRobot } from './channels';
import { postRobotJson, WebhookRefused } from './robot-transport';
import { DEFAULT_ROBOT_HOSTS, type WebhookPolicy } from './webhook-policy';

/** A real receiver on loopback that records every connection and request it gets. */
describe('robot transport (real sockets on loopback)', () => {
  let server: Server;
  let port: number;
  const connections: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      req.resume();
      if (req.url === '/redirect') {
        res.writeHead(307, { location: `http://127.0.0.1:${port}/target` });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"errcode":0}');
    });
    server.on('connection', (socket) => connections.push(String(socket.remoteAddress)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => {
    connections.length = 0;
    requests.length = 0;
  });

  const policy = (hosts: string[], allowLoopbackForTests = false): WebhookPolicy => ({
    hosts: { ...DEFAULT_ROBOT_HOSTS, wecom: hosts },
    allowLoopbackForTests,
  });

  it('refuses a name that resolves to loopback at connect time, before a byte is sent', async () => {
    // `localhost` is an allowed name here; only the address it resolves to is wrong.
    await expect(postRobotJson('wecom', `https://localhost:${port}/x`, {}, policy(['localhost']))).rejects.toThrow(
      new WebhookRefused('webhook host resolves to a private, loopback or link-local address'),
    );
    expect(connections).toEqual([]);
  });

  it('refuses an IP literal of loopback even where every name is allowed', async () => {
    await expect(postRobotJson('wecom', `https://127.0.0.1:${port}/x`, {}, policy(['*']))).rejects.toThrow(
      WebhookRefused,
    );
    expect(connections).toEqual([]);
  });

  it('does not follow a redirect: the robot answering 307 fails for good and its target receives nothing', async () => {
    const request = { channel: 'wecom' as const, url: `http://127.0.0.1:${port}/redirect`, body: {} };
    const failure = await postToRobot(request, policy([], true)).catch((e: unknown) => e);
    expect(failure).toEqual(
      new DeliveryFailure('robot answered a redirect (HTTP 307); redirects are not followed', false),
    );
    expect((failure as DeliveryFailure).retryable).toBe(false);
    expect(requests).toEqual(['/redirect']);
  });

  it('posts to a receiver the policy allows', async () => {
    const request = { channel: 'wecom' as const, url: `http://127.0.0.1:${port}/ok`, body: { a: 1 } };
    await postToRobot(request, policy([], true));
    expect(requests).toEqual(['/ok']);
  });
});
