import { createHash, createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@temporalio/worker';
import { SMTPServer } from 'smtp-server';
import { addCalendarDays, createWorkCalendar, instantAt, localDateOf } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { dayWords } from '../libs/messages/src';
import { TemporalClient } from '../libs/temporal/src';
import { deliveryWorkflowIds } from '../workflows/contracts';
import { bearer, eventually, type Harness, startHarness } from './support/harness';
import { recordHistory } from './support/histories';
import { type AppProcess, ensureCompiledApps, startWorkerProcess } from './support/processes';

interface Received {
  path: string;
  query: URLSearchParams;
  body: Record<string, any>;
}
interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Decodes RFC 2047 words and the text/plain + text/html parts of what nodemailer sent. */
function parseMail(raw: string, to: string[]): Mail {
  const [head] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subjectRaw = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const subject = subjectRaw.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const part = (type: string): string => {
    const re = new RegExp(`Content-Type: ${type}[^]*?\\r?\\n\\r?\\n([^]*?)\\r?\\n--`, 'i');
    const m = re.exec(raw);
    if (!m) return '';
    const headers = raw.slice(raw.indexOf(`Content-Type: ${type}`), m.index + m[0].indexOf(m[1]));
    if (/Content-Transfer-Encoding: base64/i.test(headers))
      return Buffer.from(m[1].replace(/\s/g, ''), 'base64').toString('utf8');
    if (/quoted-printable/i.test(headers)) {
      const bytes = m[1]
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    return m[1];
  };
  return { to, subject, text: part('text/plain'), html: part('text/html') };
}

describe('notification delivery (real SMTP server, real HTTP robots, real Temporal)', () => {
  let h: Harness;
  let worker: Worker;
  let units: Record<string, string>;
  const mails: Mail[] = [];
  const received: Received[] = [];
  const behaviour: Record<string, (n: number) => number | 'hold'> = {};
  const held: (() => void)[] = [];
  let smtp: SMTPServer;
  let http: Server;
  let base: string;
  let liu: { Authorization: string };
  let deliveryEnv: Record<string, string>;
  /** The worker process the SIGKILL test kills; afterAll kills it too, should that test fail before. */
  let doomed: AppProcess | undefined;
  const admin = () => bearer(h.tokens.systemAdmin);
  const zhang = () => bearer(h.tokens.branchSecretary);
  const tz = 'Asia/Shanghai';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push(
            parseMail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const counts: Record<string, number> = {};
    http = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        received.push({
          path: url.pathname,
          query: url.searchParams,
          body: JSON.parse(Buffer.concat(chunks).toString()),
        });
        counts[url.pathname] = (counts[url.pathname] ?? 0) + 1;
        const status = behaviour[url.pathname]?.(counts[url.pathname]) ?? 200;
        const answer = () => {
          res.writeHead(status as number, {
            'content-type': 'application/json',
            ...(status === 307 ? { location: `${base}/redirect-target` } : {}),
          });
          res.end(url.pathname.startsWith('/feishu') ? '{"code":0,"msg":"success"}' : '{"errcode":0,"errmsg":"ok"}');
        };
        if (status === 'hold') held.push(() => res.destroyed || (res.writeHead(200), res.end('{"errcode":0}')));
        else answer();
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    deliveryEnv = {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      NOTIFY_RETRY_INITIAL_MS: '300',
      NOTIFY_MAX_ATTEMPTS: '3',
      PUBLIC_URL: 'http://huijian.test',
      // The receivers above are on loopback over http, which the webhook policy refuses outside tests.
      ROBOT_WEBHOOK_TEST_LOOPBACK: 'true',
    };
    h = await startHarness({ env: deliveryEnv });
    worker = await h.startWorker();
    const all = await h.http().get('/units').set(admin()).expect(200);
    units = Object.fromEntries(all.body.items.map((u: { code: string; id: string }) => [u.code, u.id]));
    const [p] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%刘芳%'`);
    liu = bearer((await h.app.get(IdentityService).issue(p.id, 'test')).token);
    // 张华 (中江桥党支部) reads e-mail at any hour; the tests about quiet hours set their own windows.
    await h
      .http()
      .put('/notification-preferences')
      .set(zhang())
      .send({ email: 'zhang.hua@example.cn', deliveryWindow: null })
      .expect(200);
  });
  afterAll(async () => {
    await doomed?.kill();
    held.forEach((f) => f());
    await h?.close();
    await new Promise<void>((r) => http.close(() => r()));
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  const robot = (unit: string, channel: string, path: string, extra: Record<string, unknown> = {}, who = zhang()) =>
    h
      .http()
      .put(`/units/${units[unit]}/notification-channels/${channel}`)
      .set(who)
      .send({ webhookUrl: `${base}${path}`, deliveryWindow: null, ...extra });

  /** Writes outbox rows the way the item and cycle workflows do (one statement, so one dispatcher wake-up). */
  const outbox = async (rows: { unit: string; kind: string; title: string; dueAt?: number }[]): Promise<string[]> => {
    const params: unknown[] = [];
    const values = rows.map((r, i) => {
      const key = `test-${Date.now()}-${Math.random()}-${i}`;
      params.push(key, r.kind, units[r.unit], r.title, `${r.title}：请及时办理。`, new Date(r.dueAt ?? Date.now()));
      const o = i * 6;
      return `($${o + 1},$${o + 2},$${o + 3},'unit',$${o + 4},$${o + 5},$${o + 6})`;
    });
    const inserted = await h.db.query(
      `INSERT INTO notifications (idempotency_key, kind, recipient_unit_id, audience, title, body, due_at)
       VALUES ${values.join(',')} RETURNING id::text AS id`,
      params,
    );
    return inserted.map((r: { id: string }) => r.id);
  };
  const deliveries = (notificationId: string) =>
    h.db.query(`SELECT channel, state, attempts FROM deliveries WHERE notification_id = $1 ORDER BY channel`, [
      notificationId,
    ]);

  it("refuses bad channel configuration with 400 when saved, and lets only the unit's own people configure it", async () => {
    const bad = await robot('wuhu-zjq-dzb', 'wecom', '')
      .send({ webhookUrl: 'not a url', deliveryWindow: null })
      .expect(400);
    expect(bad.body.error.details.fields).toEqual([expect.objectContaining({ field: 'webhookUrl' })]);
    await robot('wuhu-zjq-dzb', 'wecom', '').send({ webhookUrl: 'ftp://example.cn/hook' }).expect(400);
    const unknown = await robot('wuhu-zjq-dzb', 'telegram', '/x').expect(400);
    expect(unknown.body.error.details.fields).toEqual([expect.objectContaining({ field: 'channel' })]);
    await robot('wuhu-zjq-dzb', 'wecom', '/x', { kinds: ['gossip'] }).expect(400);
    await robot('wuhu-zjq-dzb', 'wecom', '/x', {
      deliveryWindow: { from: '18:00', to: '09:00', workingDaysOnly: true },
    }).expect(400);
    const email = await h.http().put('/notification-preferences').set(zhang()).send({ email: 'zhang@' }).expect(400);
    expect(email.body.error.details.fields).toEqual([expect.objectContaining({ field: 'email' })]);
    await h
      .http()
      .put('/notification-preferences')
      .set(zhang())
      .send({ channels: { reminder: ['pigeon'] } })
      .expect(400);
    // Another branch's secretary does not see this unit's settings; a committee member may look but not configure.
    await robot('wuhu-zjq-dzb', 'wecom', '/x', {}, liu).expect(404);
    await robot('wuhu-zjq-dzb', 'wecom', '/x', {}, bearer(h.tokens.committeeMember)).expect(403);
    await h.http().get('/deliveries?state=dead').set(zhang()).expect(403);
    expect(await h.db.query('SELECT * FROM notification_channels')).toEqual([]);
  });

  it('stores robots with their secrets but never returns the secret or the webhook key', async () => {
    await robot('wuhu-zjq-dzb', 'wecom', '/wecom/send?key=WECOM-KEY').expect(200);
    await robot('wuhu-zjq-dzb', 'dingtalk', '/dingtalk/robot/send?access_token=DING-TOKEN', {
      secret: 'SECding',
    }).expect(200);
    const saved = await robot('wuhu-zjq-dzb', 'feishu', '/feishu/hook/FEISHU-TOKEN', {
      secret: 'feishu-secret',
    }).expect(200);
    expect(saved.body).toMatchObject({ channel: 'feishu', hasSecret: true, webhookUrl: `${base}/feishu/hook/***` });
    const list = await h.http().get(`/units/${units['wuhu-zjq-dzb']}/notification-channels`).set(admin()).expect(200);
    const text = JSON.stringify(list.body);
    for (const secret of ['SECding', 'feishu-secret', 'WECOM-KEY', 'DING-TOKEN', 'FEISHU-TOKEN'])
      expect(text).not.toContain(secret);
    expect(list.body.items.map((c: { channel: string; hasSecret: boolean }) => [c.channel, c.hasSecret])).toEqual([
      ['dingtalk', true],
      ['feishu', true],
      ['wecom', false],
    ]);
  });

  let assignedId: string;
  let itemId: string;

  it("delivers a new item to the branch once per channel, each in its platform's format", async () => {
    const today = localDateOf(Date.now(), tz);
    const created = await h
      .http()
      .post('/items')
      .set(bearer(h.tokens.leadAdmin))
      .send({
        responsibleUnitId: units['wuhu-zjq-dzb'],
        title: '党员示范岗标识不全',
        severity: 'major',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);
    itemId = created.body.id;
    const [n] = await h.db.query(`SELECT id::text AS id FROM notifications WHERE item_id = $1`, [itemId]);
    assignedId = n.id;
    await eventually(async () =>
      (await deliveries(n.id)).every((d: { state: string }) => d.state === 'sent') &&
      (await deliveries(n.id)).length === 4
        ? true
        : undefined,
    );
    expect(await deliveries(n.id)).toEqual([
      { channel: 'dingtalk', state: 'sent', attempts: 1 },
      { channel: 'email', state: 'sent', attempts: 1 },
      { channel: 'feishu', state: 'sent', attempts: 1 },
      { channel: 'wecom', state: 'sent', attempts: 1 },
    ]);
    const link = `http://huijian.test/app/items/${itemId}`;

    const wecom = received.filter((r) => r.path === '/wecom/send');
    expect(wecom).toHaveLength(1);
    expect(wecom[0].query.get('key')).toBe('WECOM-KEY');
    expect(Object.keys(wecom[0].body)).toEqual(['msgtype', 'markdown']);
    expect(wecom[0].body.msgtype).toBe('markdown');
    expect(Object.keys(wecom[0].body.markdown)).toEqual(['content']);
    expect(wecom[0].body.markdown.content).toContain('### 【新整改任务】党员示范岗标识不全');
    expect(wecom[0].body.markdown.content).toContain('**责任单位**: 芜湖中江桥项目党支部');
    // The robot gets the same facts as the inbox: the deadline in words, the next step and by when.
    const deadlineWords = dayWords(addCalendarDays(today, 30), today, 'zh');
    expect(wecom[0].body.markdown.content).toContain(`**整改时限**: ${deadlineWords}`);
    expect(wecom[0].body.markdown.content).toMatch(/\*\*请于.+前提交整改方案，(还有\d+天|明天到期)。\*\*/);
    expect(wecom[0].body.markdown.content).toContain(`[查看整改项](${link})`);

    const ding = received.filter((r) => r.path === '/dingtalk/robot/send');
    expect(ding).toHaveLength(1);
    expect(ding[0].query.get('access_token')).toBe('DING-TOKEN');
    const timestamp = ding[0].query.get('timestamp') as string;
    expect(Math.abs(Number(timestamp) - Date.now())).toBeLessThan(60 * 60 * 1000);
    // 加签 as DingTalk verifies it: HmacSHA256(secret, `${timestamp}\n${secret}`), base64 (URL-decoded by the query parser).
    expect(ding[0].query.get('sign')).toBe(
      createHmac('sha256', 'SECding').update(`${timestamp}\nSECding`).digest('base64'),
    );
    expect(ding[0].body).toEqual({
      msgtype: 'markdown',
      markdown: { title: '【新整改任务】党员示范岗标识不全', text: wecom[0].body.markdown.content },
    });

    const feishu = received.filter((r) => r.path === '/feishu/hook/FEISHU-TOKEN');
    expect(feishu).toHaveLength(1);
    const { timestamp: ts, sign, msg_type, card } = feishu[0].body;
    expect(Object.keys(feishu[0].body).sort()).toEqual(['card', 'msg_type', 'sign', 'timestamp']);
    expect(msg_type).toBe('interactive');
    expect(Math.abs(Number(ts) * 1000 - Date.now())).toBeLessThan(60 * 60 * 1000);
    expect(sign).toBe(createHmac('sha256', `${ts}\nfeishu-secret`).update('').digest('base64'));
    expect(card.header).toEqual({
      template: 'blue',
      title: { tag: 'plain_text', content: '【新整改任务】党员示范岗标识不全' },
    });
    expect(card.elements[0]).toEqual({
      tag: 'markdown',
      content: expect.stringContaining('**责任单位**: 芜湖中江桥项目党支部'),
    });
    expect(card.elements[1]).toEqual({
      tag: 'action',
      actions: [{ tag: 'button', type: 'primary', text: { tag: 'plain_text', content: '查看' }, url: link }],
    });

    const mail = await eventually(async () => mails.find((m) => m.subject === '【新整改任务】党员示范岗标识不全'));
    expect(mail.to).toEqual(['zhang.hua@example.cn']);
    expect(mail.text).toContain('责任单位: 芜湖中江桥项目党支部');
    expect(mail.text).toContain(`查看整改项: ${link}`);
    expect(mail.html).toContain('<th align="left">整改时限</th>');
    expect(mail.html).toContain(`<a href="${link}">查看整改项</a>`);
    expect(mails.filter((m) => m.subject === mail.subject)).toHaveLength(1);
  });

  it('keeps robot secrets sealed at rest, and asks for the secret again when a webhook moves to another host', async () => {
    // The deliveries above were signed with the opened secrets; the table holds them only sealed (AES-256-GCM).
    const stored = await h.db.query(`SELECT * FROM notification_channels WHERE sealed_secret IS NOT NULL`);
    expect(stored).toHaveLength(2);
    expect(stored.every((r: { sealed_secret: string }) => /^v1\.[\w-]+$/.test(r.sealed_secret))).toBe(true);
    for (const secret of ['SECding', 'feishu-secret']) expect(JSON.stringify(stored)).not.toContain(secret);

    const unit = units['wuhu-glgj-dzb'];
    await robot('wuhu-glgj-dzb', 'feishu', '/feishu/hook/FIRST', { secret: 'moving-secret' }, liu).expect(200);
    // Another path on the same host keeps the secret.
    const samehost = await robot('wuhu-glgj-dzb', 'feishu', '/feishu/hook/SECOND', {}, liu).expect(200);
    expect(samehost.body.hasSecret).toBe(true);
    // Another host without the secret: 400 naming it, and the robot as it was.
    const elsewhere = `${base.replace('127.0.0.1', '127.0.0.2')}/feishu/hook/THIRD`;
    const moved = await robot('wuhu-glgj-dzb', 'feishu', '', {}, liu)
      .send({ webhookUrl: elsewhere, deliveryWindow: null })
      .expect(400);
    expect(moved.body.error.details.fields).toEqual([
      { field: 'secret', reason: expect.stringContaining('moves to another host') },
    ]);
    expect(moved.body.error.message).toContain('secret（webhook 换了主机');
    const [kept] = await h.db.query(
      `SELECT webhook_url, sealed_secret IS NOT NULL AS signed FROM notification_channels WHERE unit_id = $1 AND channel = 'feishu'`,
      [unit],
    );
    expect(kept).toEqual({ webhook_url: `${base}/feishu/hook/SECOND`, signed: true });
    // With the secret given again (or null: no more signing) it moves.
    const again = await robot('wuhu-glgj-dzb', 'feishu', '', {}, liu)
      .send({ webhookUrl: elsewhere, secret: 'new-host-secret', deliveryWindow: null })
      .expect(200);
    expect(again.body.hasSecret).toBe(true);
    await h.http().delete(`/units/${unit}/notification-channels/feishu`).set(liu).expect(204);
  });

  it('keeps a per-person inbox: unread count, read, 已阅 from the inbox and from the e-mail link, seen by the sender', async () => {
    const before = await h.http().get('/inbox').set(zhang()).expect(200);
    expect(before.body.items.map((e: { id: string }) => e.id)).toContain(assignedId);
    const unread = before.body.unreadCount;
    expect(unread).toBeGreaterThan(0);
    await h.http().post(`/inbox/${assignedId}/read`).set(liu).expect(404);
    const read = await h.http().post(`/inbox/${assignedId}/read`).set(zhang()).expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect((await h.http().get('/inbox').set(zhang()).expect(200)).body.unreadCount).toBe(unread - 1);
    const readers = await h
      .http()
      .get(`/notifications/${assignedId}/readers`)
      .set(bearer(h.tokens.leadAdmin))
      .expect(200);
    expect(readers.body.readers).toEqual([
      expect.objectContaining({ name: '中江桥党支部书记 张华', acknowledgedAt: null }),
    ]);
    await h.http().get(`/notifications/${assignedId}/readers`).set(liu).expect(404);

    const mail = mails.find((m) => m.subject === '【新整改任务】党员示范岗标识不全') as Mail;
    const ackUrl = /已阅: (http:\/\/huijian\.test\S+)/.exec(mail.text)?.[1] as string;
    const path = new URL(ackUrl).pathname;
    const token = path.split('/').pop() as string;
    const acks = () =>
      h.db.query(`SELECT via FROM notification_acknowledgements WHERE notification_id = $1`, [assignedId]);
    // Only the token's hash is stored, with an expiry.
    const [stored] = await h.db.query(
      `SELECT encode(ack_token_hash, 'hex') AS hash, ack_expires_at > now() + interval '29 days' AS expires_in_30_days
         FROM deliveries WHERE notification_id = $1 AND channel = 'email'`,
      [assignedId],
    );
    expect(stored).toEqual({ hash: createHash('sha256').update(token).digest('hex'), expires_in_30_days: true });
    expect(JSON.stringify(await h.db.query(`SELECT * FROM deliveries`))).not.toContain(token);
    // Following the link (as a mail scanner does) shows a Chinese confirmation page and changes nothing.
    const browser = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
    const page = await h
      .http()
      .get(path)
      .set(browser)
      .expect(200)
      .expect('content-type', /text\/html/);
    expect(page.text).toContain('确认已阅');
    expect(page.text).toContain('【新整改任务】党员示范岗标识不全');
    expect(page.text).toContain('<form method="post">');
    expect(await acks()).toEqual([]);
    // The person's POST from that page acknowledges, once, audited as that person without the token.
    const done = await h
      .http()
      .post(path)
      .set(browser)
      .expect(200)
      .expect('content-type', /text\/html/);
    expect(done.text).toContain('已确认已阅');
    // Again, as a JSON client: the same acknowledgement, not a second one.
    const again = await h.http().post(path).expect(200);
    expect(again.body).toEqual({ title: '【新整改任务】党员示范岗标识不全', acknowledgedAt: expect.any(String) });
    expect(await acks()).toEqual([{ via: 'link' }]);
    const [zhangHua] = await h.db.query(`SELECT id FROM people WHERE name LIKE '%张华%'`);
    const audit = await h.db.query(
      `SELECT actor_person_id, target, status FROM audit_log WHERE action = 'POST /inbox/acknowledge/:token'`,
    );
    expect(audit).toEqual([
      { actor_person_id: zhangHua.id, target: `notification/${assignedId}`, status: 200 },
      { actor_person_id: zhangHua.id, target: `notification/${assignedId}`, status: 200 },
    ]);
    expect(JSON.stringify(await h.db.query(`SELECT * FROM audit_log`))).not.toContain(token);
    // A forged or expired link is a page with 404 (the error body for JSON clients), not an acknowledgement.
    const forged = await h.http().post('/inbox/acknowledge/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').set(browser).expect(404);
    expect(forged.text).toContain('无效或已过期');
    const forgedJson = await h.http().post('/inbox/acknowledge/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(404);
    expect(forgedJson.body.error.code).toBe('NOT_FOUND');
    await h.db.query(
      `UPDATE deliveries SET ack_expires_at = now() - interval '1 second' WHERE notification_id = $1 AND channel = 'email'`,
      [assignedId],
    );
    await h.http().get(path).expect(404);
    await h.http().post(`/inbox/${assignedId}/acknowledge`).set(zhang()).expect(200);
    const listed = await h.http().get(`/items/${itemId}/acknowledgements`).set(bearer(h.tokens.leadAdmin)).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ personName: '中江桥党支部书记 张华', via: 'link' })]);
    // One address trying links: 20 a minute (6 used above), then 429.
    const tries = [];
    for (let i = 0; i < 15; i++) tries.push((await h.http().get(`/inbox/acknowledge/${'B'.repeat(30)}${i}`)).status);
    expect(tries.slice(0, 14).every((s) => s === 404)).toBe(true);
    expect(tries[14]).toBe(429);
  });

  it('sends one digest instead of a flood when a person has more than 3 reminders in one window', async () => {
    const ids = await outbox(
      ['一', '二', '三', '四'].map((x) => ({ unit: 'wuhu-zjq-dzb', kind: 'reminder', title: `【整改提醒】问题${x}` })),
    );
    const digestMail = await eventually(async () => mails.find((m) => m.subject === '【整改提醒汇总】共 4 项待办'));
    expect(digestMail.text).toContain('1. 【整改提醒】问题一');
    expect(digestMail.text).toContain('4. 【整改提醒】问题四');
    const states = await h.db.query(
      `SELECT channel, state, count(*)::int AS n FROM deliveries WHERE notification_id = ANY($1::bigint[]) GROUP BY 1, 2 ORDER BY 1`,
      [ids],
    );
    expect(states).toEqual([
      { channel: 'dingtalk', state: 'digested', n: 4 },
      { channel: 'email', state: 'digested', n: 4 },
      { channel: 'feishu', state: 'digested', n: 4 },
      { channel: 'wecom', state: 'digested', n: 4 },
    ]);
    await eventually(async () => (received.filter((r) => r.path === '/wecom/send').length === 2 ? true : undefined));
    expect(mails.filter((m) => m.subject.includes('问题'))).toHaveLength(0);
  });

  it('follows preferences: reminders in the inbox only leave no e-mail', async () => {
    await h
      .http()
      .put('/notification-preferences')
      .set(zhang())
      .send({ channels: { reminder: ['inbox'] } })
      .expect(200);
    const [id] = await outbox([{ unit: 'wuhu-zjq-dzb', kind: 'reminder', title: '【整改提醒】只进站内信' }]);
    await eventually(async () =>
      (await deliveries(id)).length === 3 && (await deliveries(id)).every((d: { state: string }) => d.state === 'sent')
        ? true
        : undefined,
    );
    expect((await deliveries(id)).map((d: { channel: string }) => d.channel)).toEqual(['dingtalk', 'feishu', 'wecom']);
    const inbox = await h.http().get('/inbox?unreadOnly=true').set(zhang()).expect(200);
    expect(inbox.body.items.map((e: { title: string }) => e.title)).toContain('【整改提醒】只进站内信');
  });

  it('holds a message computed for 07:00 until the 09:00 window opens (quiet hours)', async () => {
    await h
      .http()
      .put('/notification-preferences')
      .set(zhang())
      .send({ deliveryWindow: { from: '09:00', to: '18:00', workingDaysOnly: true } })
      .expect(200);
    const day = createWorkCalendar().nextWorkingDayOnOrAfter(addCalendarDays(localDateOf(Date.now(), tz), 3));
    const [id] = await outbox([
      { unit: 'wuhu-zjq-dzb', kind: 'escalation', title: '【督办】早上七点', dueAt: instantAt(day, '07:00', tz) },
    ]);
    const rows = await eventually(async () => {
      const r = await h.db.query(
        `SELECT state, not_before FROM deliveries WHERE notification_id = $1 AND channel = 'email'`,
        [id],
      );
      return r.length ? r : undefined;
    });
    expect(rows).toEqual([{ state: 'scheduled', not_before: new Date(instantAt(day, '09:00', tz)) }]);
    expect(mails.find((m) => m.subject === '【督办】早上七点')).toBeUndefined();
  });

  it('sends a hostile item title to every robot as text: no link, mention or image smuggled in', async () => {
    const hostile =
      '标识不全\n\n[立即核验](https://phish.example/login) <at id=all></at> ![x](https://img.example/a.png)';
    const [id] = await outbox([{ unit: 'wuhu-zjq-dzb', kind: 'item_rejected', title: `【退回】${hostile}` }]);
    const robots = ['/wecom/send', '/dingtalk/robot/send', '/feishu/hook/FEISHU-TOKEN'];
    // A robot's post arrives before its delivery row is marked sent, so wait for both. The e-mail to the unit's
    // secretary is left out: whether it is sent yet depends on the hour (the test before set quiet hours).
    const sent = await eventually(async () => {
      const got = received.filter((r) => robots.includes(r.path) && JSON.stringify(r.body).includes('立即核验'));
      const robotsSent = (await deliveries(id)).filter(
        (d: { channel: string; state: string }) => d.channel !== 'email' && d.state === 'sent',
      );
      return got.length === 3 && robotsSent.length === 3 ? got : undefined;
    });
    for (const r of sent) {
      const markdown: string = r.body.markdown?.content ?? r.body.markdown?.text ?? r.body.card.elements[0].content;
      expect(markdown).toContain('立即核验');
      expect(markdown).not.toMatch(/\]\(https?:\/\/(phish|img)|<at|!\[|\n\n\[立即核验/);
    }
    expect(sent.find((r) => r.path === '/wecom/send')?.body.markdown.content).toContain(
      '［立即核验］（https：//phish.example/login） ＜at id=all＞＜/at＞ ！［x］',
    );
    expect(sent.find((r) => r.path.startsWith('/feishu'))?.body.card.elements[0].content).toContain(
      '&#91;立即核验&#93;&#40;https：//phish.example/login&#41; &#60;at id=all&#62;&#60;/at&#62; &#33;&#91;x&#93;',
    );
  });

  it('refuses to save a webhook off the platform hosts, and never follows a redirect: its target receives nothing', async () => {
    for (const webhookUrl of [
      'https://169.254.169.254/latest/meta-data/',
      'http://temporal-ui:8080/',
      'https://10.0.0.5/hook',
      'https://[fd00::1]/hook',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k', // WeCom's host is not DingTalk's
    ]) {
      // (Loopback itself is what this suite's override lets through, for its receivers; the unit table covers it.)
      const refused = await robot('wuhu-glgj-dzb', 'dingtalk', '', {}, liu).send({ webhookUrl }).expect(400);
      expect(refused.body.error.details.fields).toEqual([expect.objectContaining({ field: 'webhookUrl' })]);
    }
    behaviour['/redirect'] = () => 307;
    await robot('wuhu-glgj-dzb', 'dingtalk', '/redirect', {}, liu).expect(200);
    const [id] = await outbox([{ unit: 'wuhu-glgj-dzb', kind: 'escalation', title: '【督办】重定向' }]);
    await eventually(async () => ((await deliveries(id))[0]?.state === 'dead' ? true : undefined));
    expect(await deliveries(id)).toEqual([{ channel: 'dingtalk', state: 'dead', attempts: 1 }]);
    const [d] = await h
      .http()
      .get(`/deliveries?notificationId=${id}`)
      .set(admin())
      .expect(200)
      .then((r) => r.body.items);
    expect(d.lastError).toContain('redirect (HTTP 307)');
    expect(received.filter((r) => r.path === '/redirect')).toHaveLength(1);
    expect(received.filter((r) => r.path === '/redirect-target')).toHaveLength(0);
    await h.http().delete(`/units/${units['wuhu-glgj-dzb']}/notification-channels/dingtalk`).set(liu).expect(204);
  });

  it('retries a robot answering 500 and delivers once when it answers 200', async () => {
    behaviour['/flaky'] = (n) => (n === 1 ? 500 : 200);
    await robot('wuhu-glgj-dzb', 'wecom', '/flaky', {}, liu).expect(200);
    const [id] = await outbox([{ unit: 'wuhu-glgj-dzb', kind: 'overdue_chase', title: '【催办】管廊' }]);
    await eventually(async () => ((await deliveries(id))[0]?.state === 'sent' ? true : undefined));
    expect(received.filter((r) => r.path === '/flaky')).toHaveLength(2);
    const [d] = await h
      .http()
      .get(`/deliveries?notificationId=${id}`)
      .set(admin())
      .expect(200)
      .then((r) => r.body.items);
    expect(d.history.map((a: { status: string; error: string | null }) => [a.status, a.error])).toEqual([
      ['failed', 'robot answered HTTP 500'],
      ['sent', null],
    ]);
    // Record a retried delivery and the dispatcher with the children it has started so far (RECORD_HISTORIES=1).
    if (process.env.RECORD_HISTORIES) {
      const client = h.app.get(TemporalClient).workflow;
      recordHistory(
        'delivery-retried',
        await client.getHandle(deliveryWorkflowIds.delivery(h.taskQueue, d.id)).fetchHistory(),
      );
      recordHistory(
        'delivery-dispatcher',
        await client.getHandle(deliveryWorkflowIds.dispatcher(h.taskQueue)).fetchHistory(),
      );
    }
  });

  it('dead-letters a delivery after its attempts, lists it for the admin and replays it', async () => {
    let healthy = false;
    behaviour['/down'] = () => (healthy ? 200 : 503);
    await robot('wuhu-gdjt-dzb', 'dingtalk', '/down', {}, admin()).expect(200);
    const [id] = await outbox([{ unit: 'wuhu-gdjt-dzb', kind: 'escalation', title: '【督办】轨道交通' }]);
    await eventually(async () => ((await deliveries(id))[0]?.state === 'dead' ? true : undefined));
    const dead = await h.http().get('/deliveries?state=dead').set(admin()).expect(200);
    const entry = dead.body.items.find((d: { notificationId: string }) => d.notificationId === id);
    expect(entry).toMatchObject({
      channel: 'dingtalk',
      attempts: 3,
      title: '【督办】轨道交通',
      lastError: expect.stringContaining('HTTP 503'),
    });
    expect(entry.history).toHaveLength(3);
    await h.http().post(`/deliveries/${entry.id}/replay`).set(zhang()).expect(403);
    healthy = true;
    const replayed = await h.http().post(`/deliveries/${entry.id}/replay`).set(admin()).expect(200);
    expect(replayed.body.replays).toBe(1);
    await eventually(async () => ((await deliveries(id))[0]?.state === 'sent' ? true : undefined));
    await h.http().post(`/deliveries/${entry.id}/replay`).set(admin()).expect(409);
    expect(received.filter((r) => r.path === '/down')).toHaveLength(4);
    await h.http().delete(`/units/${units['wuhu-gdjt-dzb']}/notification-channels/dingtalk`).set(admin()).expect(204);
    await h.http().delete(`/units/${units['wuhu-gdjt-dzb']}/notification-channels/dingtalk`).set(admin()).expect(404);
  });

  it('sends nothing twice when the worker process is killed (SIGKILL) mid-send and another takes over', async () => {
    const apps = ensureCompiledApps();
    behaviour['/killed'] = (n) => (n === 1 ? 'hold' : 200);
    await robot('wuhu-gdjt-dzb', 'wecom', '/killed', {}, admin()).expect(200);
    await worker.shutdown();
    doomed = await startWorkerProcess(apps, {
      databaseUrl: h.databaseUrl,
      temporalAddress: process.env.TEST_TEMPORAL_ADDRESS as string,
      taskQueue: h.taskQueue,
      env: deliveryEnv,
    });
    const [inFlight] = await outbox([{ unit: 'wuhu-gdjt-dzb', kind: 'report', title: '【互检报告】中途断电' }]);
    await eventually(async () => (received.some((r) => r.path === '/killed') ? true : undefined), 60_000);
    await doomed.kill();
    // Queued while no worker runs: it must leave once, after the restart.
    const [queued] = await outbox([{ unit: 'wuhu-gdjt-dzb', kind: 'report', title: '【互检报告】停机期间' }]);
    worker = await h.startWorker();

    const wecom = async (id: string) =>
      (
        await h.db.query(`SELECT state, last_error FROM deliveries WHERE notification_id = $1 AND channel = 'wecom'`, [
          id,
        ])
      )[0] as { state: string; last_error: string | null } | undefined;
    await eventually(async () => ((await wecom(queued))?.state === 'sent' ? true : undefined), 90_000);
    // The send cut off by the kill may or may not have reached the robot: at most once, so it is never resent
    // by itself; it waits in the dead-letter list for an admin's replay (after its activity's timeout).
    const cut = await eventually(async () => {
      const d = await wecom(inFlight);
      return d?.state === 'dead' ? d : undefined;
    }, 120_000);
    expect(cut.last_error).toContain('outcome unknown');
    await new Promise((r) => setTimeout(r, 1500));
    const robotGot = (title: string) =>
      received.filter((r) => r.path === '/killed' && JSON.stringify(r.body).includes(title));
    expect(robotGot('中途断电')).toHaveLength(1);
    expect(robotGot('停机期间')).toHaveLength(1);
  }, 240_000);
});
