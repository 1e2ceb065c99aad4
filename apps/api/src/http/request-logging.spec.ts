import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { requestLogging } from './request-logging';

/** The request logger as the API configures it, on a real HTTP server, writing into memory. */
describe('request logging', () => {
  let server: Server;
  let port: number;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const logger = pinoHttp({ ...requestLogging('info'), logger: pino({ level: 'info' }, sink) });
    server = createServer((req, res) => {
      (req as { id?: string }).id = 'r-1';
      logger(req, res);
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<void>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers }, (res) => res.resume().on('end', resolve))
        .on('error', reject)
        .end();
    });

  it('holds neither an e-mail 已阅 token nor a bearer token', async () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz012345';
    await get(`/inbox/acknowledge/${token}`, { authorization: 'Bearer hj_secret-token' });
    await get(`/inbox/acknowledge/${token}?utm=mail`);
    await new Promise((r) => setTimeout(r, 50));
    const log = lines.join('');
    expect(lines).toHaveLength(2);
    expect(log).toContain('/inbox/acknowledge/[redacted]');
    expect(log).not.toContain(token);
    expect(log).not.toContain('hj_secret-token');
  });
});
