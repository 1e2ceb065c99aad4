import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { addCalendarDays, localDateOf, POLICY_SET_V1, resolvePolicy } from '../libs/domain/src';
import { IdentityService } from '../libs/identity/src';
import { createItemActivities } from '../libs/items/src';
import { UnitsService } from '../libs/organisation/src';
import type { ItemChange, ItemInput, ItemState } from '../workflows/contracts';
import { EXPORT_HEADERS } from '../libs/ledger/src';
import { lightLegend } from '../libs/messages/src';
import { bearer, type Harness, startHarness } from './support/harness';
import { addCycles, addRegion, addUnit, demoOrg, type DemoOrg, insertItem } from './support/ledger-fixtures';

type Row = { id: string; title: string };
const titles = (rows: Row[]) => rows.map((r) => r.title).sort();

/** Reads a binary body (the .xlsx) instead of letting supertest parse it as text. */
function binary(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('ledgers (台账), counts, export and the committee board', () => {
  let h: Harness;
  let org: DemoOrg;
  let otherBranch: { Authorization: string };
  let otherLead: { Authorization: string };
  let cycles: string[];
  const ids: Record<string, string> = {};
  const today = localDateOf(Date.now(), 'Asia/Shanghai');
  const as = (token: keyof Harness['tokens']) => bearer(h.tokens[token]);
  const get = (path: string, auth: { Authorization: string }) => h.http().get(path).set(auth);

  beforeAll(async () => {
    h = await startHarness({ worker: true });
    org = await demoOrg(h.db);
    const u = org.units;
    const committee = u['gs-dw'];
    const njLead = await addUnit(h.db, 'nj-dzz', '南京长江大桥项目部党总支', 'general_branch', committee);
    const njBranch = await addUnit(h.db, 'nj-dzb', '南京江北项目党支部', 'branch', committee);
    const njRegion = await addRegion(h.db, 'nanjing', '南京片区', njLead, [njBranch]);
    const admin = org.people['系统管理员'];
    const [{ id: njAdmin }] = await h.db.query(
      `INSERT INTO people (name, unit_id) VALUES ('南京主责 周伟', $1) RETURNING id`,
      [njLead],
    );
    await h.db.query(`INSERT INTO role_assignments (person_id, role, unit_id) VALUES ($1, 'lead_admin', $2)`, [
      njAdmin,
      njLead,
    ]);
    const identity = h.app.get(IdentityService);
    otherLead = bearer((await identity.issue(njAdmin, 'test')).token);
    otherBranch = bearer((await identity.issue(org.people['管廊党支部书记 刘芳'], 'test')).token);
    cycles = [
      ...(await addCycles(h.db, org.regionId, admin, ['2026-01', '2026-02'])),
      ...(await addCycles(h.db, njRegion, admin, ['2026-02'])),
    ];

    const wuhu = { regionId: org.regionId, verifierUnitId: org.leadUnitId, createdBy: admin };
    const nj = { regionId: njRegion, verifierUnitId: njLead, createdBy: admin };
    const add = async (key: string, item: Parameters<typeof insertItem>[2]) => {
      ids[key] = await insertItem(h.db, today, item);
    };
    await add('A', {
      ...wuhu,
      title: '党员示范岗标识不全',
      description: '现场检查发现示范岗标识缺失',
      requirement: '补齐标识',
      unitId: u['wuhu-zjq-dzb'],
      personId: org.people['中江桥党支部书记 张华'],
      deadlineIn: -10,
      createdDaysAgo: 40,
      light: 'red',
      escalationLevel: 2,
      cycleId: cycles[0],
    });
    await add('B', {
      ...wuhu,
      title: '学习台账记录不完整',
      unitId: u['wuhu-zjq-dxz1'],
      deadlineIn: 2,
      status: 'in_progress',
      light: 'yellow',
      cycleId: cycles[1],
    });
    await add('C', {
      ...wuhu,
      title: '安全交底签字缺漏',
      unitId: u['wuhu-glgj-dzb'],
      deadlineIn: -3,
      status: 'pending_verification',
      light: 'red',
      escalationLevel: 1,
      cycleId: cycles[1],
    });
    await add('D', {
      ...wuhu,
      title: '宣传栏内容未更新',
      unitId: u['wuhu-gdjt-dzb'],
      deadlineIn: -5,
      status: 'closed',
      closedAfterDeadline: -1,
      cycleId: cycles[0],
    });
    await add('E', { ...wuhu, title: '党总支会议记录缺页', unitId: org.leadUnitId, deadlineIn: 20 });
    await add('F', {
      ...wuhu,
      title: '已撤销的重复问题',
      unitId: u['wuhu-glgj-dzb'],
      deadlineIn: 10,
      status: 'cancelled',
    });
    await add('G', {
      ...nj,
      title: '南京：消防通道堵塞',
      unitId: njBranch,
      deadlineIn: -12,
      light: 'red',
      escalationLevel: 2,
      cycleId: cycles[2],
    });
    await add('H', {
      ...nj,
      title: '南京：标识牌破损',
      unitId: njBranch,
      deadlineIn: -20,
      createdDaysAgo: 50,
      status: 'closed',
      closedAfterDeadline: 4,
      cycleId: cycles[2],
    });
    // Two 催办 for A: the board shows the latest.
    for (const [key, at] of [
      ['k1', '2026-11-01T01:00:00Z'],
      ['k2', '2026-11-02T01:00:00Z'],
    ]) {
      await h.db.query(
        `INSERT INTO notifications (idempotency_key, item_id, kind, recipient_unit_id, audience, title, body, due_at, created_at)
         VALUES ($1, $2, 'overdue_chase', $3, 'responsible', '【催办】', '', $4, $4)`,
        [key, ids.A, u['wuhu-zjq-dzb'], at],
      );
    }
  });
  afterAll(() => h.close());

  it('shows each role exactly the items GET /items shows it', async () => {
    const expected: [string, { Authorization: string }, string[]][] = [
      ['system admin', as('systemAdmin'), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']],
      ['committee', as('committeeMember'), ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']],
      ['芜湖 lead unit', as('leadAdmin'), ['A', 'B', 'C', 'D', 'E', 'F']],
      ['南京 lead unit', otherLead, ['G', 'H']],
      ['中江桥 branch (with its group)', as('branchSecretary'), ['A', 'B']],
      ['管廊 branch', otherBranch, ['C', 'F']],
    ];
    for (const [who, auth, keys] of expected) {
      const ledger = await get('/ledger?limit=500', auth).expect(200);
      const items = await get('/items?limit=500', auth).expect(200);
      const mine = ledger.body.items.map((r: Row) => r.id).sort();
      expect([who, mine]).toEqual([who, keys.map((k) => ids[k]).sort()]);
      expect([who, items.body.items.map((r: Row) => r.id).sort()]).toEqual([who, mine]);
      // GET /items/:id decides in TypeScript (canSeeItem) what the lists decide in SQL: the same rule.
      const one = await Promise.all(Object.values(ids).map((id) => get(`/items/${id}`, auth)));
      const seen = Object.values(ids).filter((_, n) => one[n].status === 200);
      expect([who, seen.sort(), one.every((r) => [200, 404].includes(r.status))]).toEqual([who, mine, true]);
    }
  });

  it('finds the same items through GET /items and GET /ledger, with % and _ as themselves', async () => {
    const wuhu = { regionId: org.regionId, verifierUnitId: org.leadUnitId, createdBy: org.people['系统管理员'] };
    const extra = [
      await insertItem(h.db, today, { ...wuhu, title: '学习完成率50%未达标', unitId: org.leadUnitId, deadlineIn: 5 }),
      await insertItem(h.db, today, { ...wuhu, title: '罚款500元未缴', unitId: org.leadUnitId, deadlineIn: 6 }),
      await insertItem(h.db, today, { ...wuhu, title: '台账a_b格式', unitId: org.leadUnitId, deadlineIn: 7 }),
    ];
    try {
      const lead = as('leadAdmin');
      for (const [q, expected] of [
        ['50%', ['学习完成率50%未达标']],
        ['a_b', ['台账a_b格式']],
        ['50 未', ['学习完成率50%未达标', '罚款500元未缴']],
      ] as const) {
        const query = `q=${encodeURIComponent(q)}&limit=100`;
        const items = titles((await get(`/items?${query}`, lead).expect(200)).body.items);
        const ledger = titles((await get(`/ledger?${query}`, lead).expect(200)).body.items);
        expect([q, items]).toEqual([q, [...expected].sort()]);
        expect([q, ledger]).toEqual([q, items]);
      }
    } finally {
      await h.db.query('DELETE FROM items WHERE id = ANY($1)', [extra]);
    }
  });

  it('filters by status, light, escalation, unit subtree, region, cycle, overdue days, Chinese text and person', async () => {
    const lead = as('leadAdmin');
    const view = async (query: string, auth = lead) =>
      titles((await get(`/ledger?${query}`, auth).expect(200)).body.items);
    expect(await view('status=closed,cancelled')).toEqual(['宣传栏内容未更新', '已撤销的重复问题']);
    expect(await view('light=red')).toEqual(['党员示范岗标识不全', '安全交底签字缺漏']);
    expect(await view('escalationLevel=1,2')).toEqual(['党员示范岗标识不全', '安全交底签字缺漏']);
    expect(await view(`unitId=${org.units['wuhu-zjq-dzb']}`)).toEqual(['党员示范岗标识不全', '学习台账记录不完整']);
    expect(await view(`cycleId=${cycles[1]}`)).toEqual(['学习台账记录不完整', '安全交底签字缺漏']);
    expect(await view('minOverdueDays=5')).toEqual(['党员示范岗标识不全']);
    expect(await view(`q=${encodeURIComponent('示范岗 缺失')}`)).toEqual(['党员示范岗标识不全']);
    expect(await view(`q=${encodeURIComponent('记录')}`)).toEqual(['党总支会议记录缺页', '学习台账记录不完整']);
    expect(await view(`q=${encodeURIComponent('100%')}`)).toEqual([]);
    expect(await view(`regionId=${org.regionId}`, as('committeeMember'))).toHaveLength(6);
    // 明细账: the branch secretary is A's responsible person; the lead admin is nobody's.
    expect(await view('mine=true', as('branchSecretary'))).toEqual(['党员示范岗标识不全']);
    expect(await view('mine=true')).toEqual([]);
    // Another region's unit is simply empty for this lead unit: nothing leaks.
    const [nj] = await h.db.query(`SELECT id FROM units WHERE code = 'nj-dzb'`);
    expect(await view(`unitId=${nj.id}`)).toEqual([]);

    const bad = await get('/ledger?light=blue&sort=colour&limit=0', lead).expect(400);
    expect([...new Set(bad.body.error.details.fields.map((f: { field: string }) => f.field))].sort()).toEqual([
      'light',
      'limit',
      'sort',
    ]);
  });

  it('pages with an opaque cursor in every sort order, without gaps or repeats', async () => {
    const auth = as('committeeMember');
    for (const sort of ['deadline', '-deadline', 'createdAt', '-updatedAt', 'title', '-escalationLevel']) {
      const all = (await get(`/ledger?sort=${sort}&limit=500`, auth).expect(200)).body;
      expect(all.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/ledger?sort=${sort}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await get(url, auth).expect(200)).body;
        seen.push(...page.items.map((r: Row) => r.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor);
      expect([sort, pages, seen]).toEqual([sort, 3, all.items.map((r: Row) => r.id)]);
    }
    const deadlines = (await get('/ledger?sort=-deadline', auth).expect(200)).body.items.map(
      (r: { deadline: string }) => r.deadline,
    );
    expect(deadlines).toEqual([...deadlines].sort().reverse());

    const first = (await get('/ledger?sort=deadline&limit=2', auth).expect(200)).body;
    const wrongSort = await get(`/ledger?sort=title&cursor=${first.nextCursor}`, auth).expect(400);
    expect(wrongSort.body.error.details.fields[0].field).toBe('cursor');
    await get('/ledger?cursor=not-a-cursor', auth).expect(400);
  });

  it('counts per light and per unit in the view', async () => {
    const counts = (await get('/ledger/counts', as('leadAdmin')).expect(200)).body;
    expect(counts).toMatchObject({ total: 6, byLight: { red: 2, yellow: 1, green: 3 }, overdue: 2 });
    const byUnit = Object.fromEntries(
      counts.byUnit.map((c: { unitName: string; total: number; red: number; overdue: number }) => [
        c.unitName,
        [c.total, c.red, c.overdue],
      ]),
    );
    expect(byUnit).toEqual({
      芜湖中江桥项目党支部: [1, 1, 1],
      中江桥项目第一党小组: [1, 0, 0],
      芜湖长江路管廊及高架项目党支部: [2, 1, 1],
      芜湖轨道交通项目党支部: [1, 0, 0],
      商合杭芜湖长江公铁大桥项目部党总支: [1, 0, 0],
    });
    const open = (
      await get('/ledger/counts?status=open,in_progress,pending_verification', as('branchSecretary')).expect(200)
    ).body;
    expect(open).toMatchObject({ total: 2, byLight: { red: 1, yellow: 1, green: 0 } });
  });

  it('exports the master ledger as .xlsx: a summary, one sheet per unit, Chinese headers, local dates', async () => {
    const res = await get('/ledger/export', as('leadAdmin'))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(`问题总台账-${today}.xlsx`)}`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const counts = (await get('/ledger/counts', as('leadAdmin')).expect(200)).body;
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      ...counts.byUnit.map((c: { unitName: string }) => c.unitName),
      '图例',
    ]);
    expect(book.worksheets).toHaveLength(7);
    // The legend says what the pages' legend says, from the one catalogue.
    const legend = book.getWorksheet('图例') as ExcelJS.Worksheet;
    expect([1, 2, 3, 4].map((n) => legend.getRow(n).getCell(1).value)).toEqual([
      '红黄绿灯',
      ...(['red', 'yellow', 'green'] as const).map((l) => lightLegend(3)[l]),
    ]);
    const values = (sheet: ExcelJS.Worksheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    expect(values(book.getWorksheet('汇总') as ExcelJS.Worksheet)[0]).toEqual([
      '序号',
      '责任单位',
      '问题总数',
      '红灯',
      '黄灯',
      '绿灯',
      '逾期',
    ]);
    const guanlang = values(book.getWorksheet('芜湖长江路管廊及高架项目党支部') as ExcelJS.Worksheet);
    expect(guanlang[0]).toEqual(EXPORT_HEADERS);
    expect(EXPORT_HEADERS.slice(0, 17)).toEqual([
      '序号',
      '问题标题',
      '问题描述',
      '责任单位',
      '责任人',
      '整改要求',
      '整改措施',
      '严重程度',
      '整改时限',
      '原定时限',
      '完成情况',
      '验收意见',
      '佐证材料',
      '状态',
      '红黄绿灯',
      '督办级别',
      '逾期天数',
    ]);
    const col = (name: string) => EXPORT_HEADERS.indexOf(name);
    expect(
      guanlang
        .slice(1)
        .map((r) => [
          r[col('序号')],
          r[col('问题标题')],
          r[col('状态')],
          r[col('红黄绿灯')],
          r[col('督办级别')],
          r[col('逾期天数')],
          r[col('整改时限')],
        ]),
    ).toEqual([
      [1, '安全交底签字缺漏', '待验收', '红灯', '主责单位督办', 3, addCalendarDays(today, -3)],
      [2, '已撤销的重复问题', '已撤销', '绿灯', '无', 0, addCalendarDays(today, 10)],
    ]);
    // closed_at 02:30 UTC is 10:30 in Asia/Shanghai.
    const closed = values(book.getWorksheet('芜湖轨道交通项目党支部') as ExcelJS.Worksheet)[1];
    expect(closed[col('销号时间')]).toBe(`${addCalendarDays(today, -6)} 10:30`);
    expect(closed[col('状态')]).toBe('已销号');
  });

  it('exports a branch ledger (分台账) and a filtered view as one sheet', async () => {
    const res = await get('/ledger/export?light=red', as('branchSecretary'))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('问题分台账'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['问题分台账', '图例']);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual([
      1,
      '党员示范岗标识不全',
      '现场检查发现示范岗标识缺失',
      '芜湖中江桥项目党支部',
      '中江桥党支部书记 张华',
    ]);
    await get('/ledger/export?status=bogus', as('branchSecretary')).expect(400).expect('content-type', /json/);
  });

  it('puts escalated overdue items on the committee board, with working days, last chase, statistics and trend', async () => {
    await get('/board', as('leadAdmin')).expect(403);
    await get('/board', as('branchSecretary')).expect(403);
    const board = (await get('/board', as('committeeMember')).expect(200)).body;
    // Most overdue first: G (12 days), A (10), C (3).
    expect(board.items.map((i: Row) => i.title)).toEqual([
      '南京：消防通道堵塞',
      '党员示范岗标识不全',
      '安全交底签字缺漏',
    ]);
    expect(board).toMatchObject({ today, total: 3, committeeLevel: 2, nextCursor: null });
    const a = board.items.find((i: Row) => i.id === ids.A);
    expect(a).toMatchObject({
      regionName: '芜湖片区',
      responsibleUnitName: '芜湖中江桥项目党支部',
      escalationLevel: 2,
      lastChaseAt: '2026-11-02T01:00:00.000Z',
    });
    expect(a.overdueWorkingDays).toBeGreaterThanOrEqual(5);
    expect(a.overdueWorkingDays).toBeLessThanOrEqual(10);
    expect(board.items.find((i: Row) => i.id === ids.C).lastChaseAt).toBeNull();
    const region = (name: string) => board.byRegion.find((r: { regionName: string }) => r.regionName === name);
    expect(region('芜湖片区')).toMatchObject({ open: 4, overdue: 2, closed: 1, closedOnTimePct: 100 });
    // D: registered 30 days ago at 09:00, struck off 24 days and 90 minutes later.
    expect(region('芜湖片区').avgDaysToClose).toBe(24.1);
    expect(region('南京片区')).toMatchObject({ open: 1, overdue: 1, closed: 1, closedOnTimePct: 0 });
    expect(
      board.byUnit.find((u: { unitName: string }) => u.unitName === '芜湖长江路管廊及高架项目党支部'),
    ).toMatchObject({ open: 1, overdue: 1, closed: 0, closedOnTimePct: null });
    expect(
      board.trend.map((t: { period: string; cycles: number; items: number; closed: number }) => [
        t.period,
        t.cycles,
        t.items,
        t.closed,
      ]),
    ).toEqual([
      ['2026-01', 1, 2, 1],
      ['2026-02', 2, 4, 1],
    ]);
    const admin = (await get('/board', as('systemAdmin')).expect(200)).body;
    expect(admin.items).toHaveLength(3);
  });

  it("pages the committee board's list with the ledger's cursor, by region and unit subtree, counting all of it", async () => {
    const auth = as('committeeMember');
    const first = (await get('/board?limit=1', auth).expect(200)).body;
    expect(first).toMatchObject({ total: 3, committeeLevel: 2 });
    expect(first.items.map((i: Row) => i.id)).toEqual([ids.G]);
    expect(first.byRegion).toHaveLength(2);
    const seen: string[] = [...first.items.map((i: Row) => i.id)];
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = (await get(`/board/items?limit=1&cursor=${encodeURIComponent(cursor)}`, auth).expect(200)).body;
      expect(page).toMatchObject({ total: 3, committeeLevel: 2 });
      expect(page).not.toHaveProperty('byRegion');
      seen.push(...page.items.map((i: Row) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([ids.G, ids.A, ids.C]);

    const wuhu = (await get(`/board/items?regionId=${org.regionId}`, auth).expect(200)).body;
    expect(wuhu).toMatchObject({ total: 2, committeeLevel: 1, nextCursor: null });
    expect(wuhu.items.map((i: Row) => i.id)).toEqual([ids.A, ids.C]);
    // The 中江桥 branch's subtree holds A; its 党小组's B is not escalated.
    const zjq = (await get(`/board?unitId=${org.units['wuhu-zjq-dzb']}`, auth).expect(200)).body;
    expect([zjq.total, zjq.items.map((i: Row) => i.id)]).toEqual([1, [ids.A]]);
    expect(zjq.byRegion).toEqual(first.byRegion);

    const bad = await get('/board/items?limit=501&cursor=not-a-cursor', auth).expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['limit']);
    const tampered = await get('/board/items?cursor=not-a-cursor', auth).expect(400);
    expect(tampered.body.error.details.fields[0].field).toBe('cursor');
    const byTitle = (await get('/ledger?sort=title&limit=1', auth).expect(200)).body.nextCursor;
    await get(`/board/items?cursor=${byTitle}`, auth).expect(400);
    await get('/board?cursor=x', auth).expect(400);
    await get('/board/items', as('leadAdmin')).expect(403);
  });

  it('lists an item created through the workflow with its planned milestones', async () => {
    const created = await h
      .http()
      .post('/items')
      .set(as('leadAdmin'))
      .send({
        responsibleUnitId: org.units['wuhu-gdjt-dzb'],
        title: '挂图作战样例问题',
        severity: 'minor',
        deadline: addCalendarDays(today, 30),
      })
      .expect(201);
    const page = (await get(`/ledger?q=${encodeURIComponent('挂图作战')}`, as('leadAdmin')).expect(200)).body;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: created.body.id,
      status: 'open',
      light: 'green',
      regionName: '芜湖片区',
      responsibleUnitName: '芜湖轨道交通项目党支部',
    });
    expect(page.items[0].milestones.map((m: { key: string }) => m.key)).toEqual([
      'plan',
      'progress',
      'evidence',
      'verification',
    ]);
  });

  it('keeps the board tallies equal to a recount through transitions, retries, reassignment and a unit move', async () => {
    const project = createItemActivities(h.db).projectItem;
    const u = org.units;
    const policy = resolvePolicy(POLICY_SET_V1, 'major');
    const start = Date.parse(`${today}T02:00:00Z`);
    const change = (itemId: string, seq: number, patch: Partial<ItemState>, cycleId?: string): ItemChange => {
      const input: ItemInput = {
        itemId,
        regionId: org.regionId,
        responsibleUnitId: u['wuhu-zjq-dzb'],
        responsiblePersonId: null,
        verifierUnitId: org.leadUnitId,
        committeeUnitId: u['gs-dw'],
        title: `计数核对 ${itemId.slice(0, 4)}`,
        description: '',
        requirement: '',
        severity: 'major',
        deadline: addCalendarDays(today, 3),
        policyVersion: 1,
        policy,
        timeZone: 'Asia/Shanghai',
        calendarOverrides: [],
        createdBy: org.people['系统管理员'],
        cycleId,
      };
      const state: ItemState = {
        input,
        status: 'open',
        deadline: input.deadline,
        milestones: [],
        completed: [],
        responsibleUnitId: input.responsibleUnitId,
        responsiblePersonId: null,
        escalationLevel: 0,
        light: 'green',
        pendingExtension: null,
        evidence: null,
        eventSeq: seq,
        alertCursor: 0,
        lastAlert: null,
        ...patch,
      };
      return { state, event: { seq, at: start + seq * 3_600_000, kind: `step-${seq}`, actor: null }, notify: [] };
    };
    const [x, y, z] = [randomUUID(), randomUUID(), randomUUID()];
    const late = { status: 'in_progress', deadline: addCalendarDays(today, -2), light: 'red' } as const;
    const moved = { ...late, responsibleUnitId: u['wuhu-glgj-dzb'] };
    const steps: ItemChange[][] = [
      [change(x, 1, {}), change(y, 1, {}), change(z, 1, {}, cycles[1])],
      [change(x, 1, {}), change(x, 1, {})], // a retried first projection, twice at once
      [change(x, 2, late), change(y, 2, { status: 'cancelled' })],
      [change(x, 2, late), change(y, 1, {})], // replays of older events change nothing
      [change(x, 3, moved), change(z, 2, { deadline: addCalendarDays(today, 9) }, cycles[1])],
      [change(x, 2, late)],
      [change(x, 4, { ...moved, status: 'closed' })],
      [change(x, 4, { ...moved, status: 'closed' }), change(x, 3, moved)],
    ];
    const tallies = async (from: string) =>
      h.db.query(
        `SELECT region_id, responsible_unit_id, verifier_unit_id, cycle_id, open_deadline, scope, items, open, closed,
                closed_on_time, round(close_days::numeric, 6)::float8 AS close_days
           FROM ${from} WHERE items <> 0 OR open <> 0 OR closed <> 0 OR closed_on_time <> 0 OR close_days <> 0
          ORDER BY region_id, responsible_unit_id, verifier_unit_id, cycle_id NULLS FIRST, open_deadline NULLS FIRST`,
      );
    try {
      for (const batch of steps) {
        await Promise.all(batch.map((c) => project(c)));
        expect(await tallies('item_tallies')).toEqual(await tallies('item_tally_recount'));
      }
      const [closed] = await h.db.query('SELECT status, responsible_unit_id, projection_seq FROM items WHERE id = $1', [
        x,
      ]);
      expect(closed).toEqual({ status: 'closed', responsible_unit_id: u['wuhu-glgj-dzb'], projection_seq: 4 });

      // A unit moving under another parent gives every row under it (and its tallies) the keys of its new ancestors.
      const units = h.app.get(UnitsService);
      await units.update(u['wuhu-glgj-dzb'], { parentId: u['wuhu-zjq-dzb'] });
      const stale = await h.db.query(
        `SELECT (SELECT count(*) FROM items WHERE scope <> item_scope(responsible_unit_id, verifier_unit_id))::int AS items,
                (SELECT count(*) FROM item_tallies WHERE scope <> item_scope(responsible_unit_id, verifier_unit_id))::int AS tallies`,
      );
      expect(stale).toEqual([{ items: 0, tallies: 0 }]);
      const branch = titles((await get('/items?limit=100', as('branchSecretary')).expect(200)).body.items);
      expect(branch).toEqual(expect.arrayContaining(['安全交底签字缺漏', `计数核对 ${x.slice(0, 4)}`]));
      expect(await tallies('item_tallies')).toEqual(await tallies('item_tally_recount'));
      await units.update(u['wuhu-glgj-dzb'], { parentId: u['gs-dw'] });
    } finally {
      await h.db.query('DELETE FROM items WHERE id = ANY($1)', [[x, y, z]]);
    }
    expect(await tallies('item_tallies')).toEqual(await tallies('item_tally_recount'));
  });
});
