import { beforeAll, describe, expect, it } from 'vitest';
import { appealBody } from '../../../test/factories.js';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
  validCreditCode,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { escalateOverdue } from './appeals.escalation.js';

const bj = (local: string) => new Date(`${local}+08:00`);

describe.each(dbKinds)('appeals on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: bj('2026-09-25T16:00:00') });
  let u1Handler: Agent;
  let c1Handler: Agent;
  let u3Handler: Agent;
  let employerCode: string;
  beforeAll(async () => {
    u1Handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.u1 }));
    c1Handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    u3Handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.u3 }));
    employerCode = validCreditCode();
    await t.db.query(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${employerCode}, '甲县一号公司', ${tree.u1.id}, ${tree.u1.path})`);
    const top = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.province }));
    expect(
      (await u1Handler.request('PUT', '/api/work-calendar', { day: '2026-09-27', kind: 'workday', name: '国庆调休' }))
        .statusCode,
    ).toBe(403);
    for (const [day, k, name] of [
      ['2026-09-27', 'workday', '国庆调休'],
      ['2026-10-01', 'holiday', '国庆节'],
      ['2026-10-02', 'holiday', '国庆节'],
    ]) {
      expect((await top.request('PUT', '/api/work-calendar', { day, kind: k, name })).statusCode).toBe(200);
    }
  });

  const arrears = (over: Record<string, unknown> = {}) => appealBody({ employerName: '甲县一号公司', ...over });

  it('routes to the employer’s union, else the named area, else tells the worker to choose one', async () => {
    const member = await memberAgent(t, (await buildMember(t, tree.u3)).phone);
    const byCode = (
      await member.post('/api/me/appeals', arrears({ employerCreditCode: employerCode, employerName: '别名' }))
    ).json();
    expect(byCode.union.id).toBe(tree.u1.id);
    const byName = (await member.post('/api/me/appeals', arrears())).json();
    expect(byName.union.id).toBe(tree.u1.id);
    // Unknown employer: a member's case goes to the federation above their own union.
    const unknown = (await member.post('/api/me/appeals', arrears({ employerName: '某外卖站点' }))).json();
    expect(unknown.union.id).toBe(tree.c2.id);
    const worker = await memberAgent(t, '13600001111');
    const noArea = await worker.post('/api/me/appeals', arrears({ employerName: '某工地', workerName: '张三' }));
    expect(noArea.json().error.code).toBe('APPEAL_AREA_INVALID');
    const baseAsArea = await worker.post(
      '/api/me/appeals',
      arrears({ employerName: '某工地', workerName: '张三', areaUnionId: tree.u1.id }),
    );
    expect(baseAsArea.json().error.code).toBe('APPEAL_AREA_INVALID');
    const ok = await worker.post(
      '/api/me/appeals',
      arrears({ employerName: '某工地', workerName: '张三', areaUnionId: tree.c1.id }),
    );
    expect(ok.json()).toMatchObject({ union: { id: tree.c1.id }, workerName: '张三', status: 'submitted' });
    expect(
      (
        await worker.post(
          '/api/me/appeals',
          arrears({ description: '<img src=x onerror=alert(1)>', areaUnionId: tree.c1.id, workerName: '张三' }),
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await worker.post(
          '/api/me/appeals',
          arrears({ amountOwedFen: -5, areaUnionId: tree.c1.id, workerName: '张三' }),
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (await worker.post('/api/me/appeals', arrears({ employerCreditCode: '91330000XXXXXXXXXX', workerName: '张三' })))
        .statusCode,
    ).toBe(400);
    expect((await worker.get('/api/me/appeals')).json().items).toHaveLength(1);
  });

  it('handles a case to closure; only the filer rates it, once; a low score flags it', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const { id } = (await member.post('/api/me/appeals', arrears({ anonymous: true }))).json();
    const seen = (await u1Handler.get(`/api/appeals/${id}`)).json();
    expect(seen).toMatchObject({
      workerName: '匿名',
      phoneMasked: null,
      actions: expect.arrayContaining(['accept', 'refuse']),
    });
    expect((await member.get(`/api/appeals/${id}`)).json().phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect((await u3Handler.post(`/api/appeals/${id}/accept`)).statusCode).toBe(404);
    // Resolving a case of another union: 404, exactly as if it did not exist.
    expect((await u3Handler.post(`/api/appeals/${id}/resolve`, { outcome: '越权' })).statusCode).toBe(404);
    expect((await u3Handler.post('/api/appeals/999999/resolve', { outcome: '越权' })).statusCode).toBe(404);
    expect((await member.post(`/api/appeals/${id}/accept`)).statusCode).toBe(403);
    expect((await u1Handler.post(`/api/appeals/${id}/resolve`, { outcome: 'x' })).json().error.code).toBe(
      'APPEAL_WRONG_STATE',
    );
    await u1Handler.post(`/api/appeals/${id}/accept`);
    await u1Handler.post(`/api/appeals/${id}/notes`, { text: '已联系企业负责人' });
    const asked = (await u1Handler.post(`/api/appeals/${id}/request-info`, { text: '请上传工资条或考勤记录' })).json();
    expect(asked.status).toBe('awaiting_worker');
    expect((await member.post(`/api/me/appeals/${id}/rate`, { rating: 5 })).json().error.code).toBe(
      'APPEAL_WRONG_STATE',
    );
    const replied = (await member.post(`/api/me/appeals/${id}/reply`, { text: '已上传考勤截图' })).json();
    expect(replied.status).toBe('in_progress');
    const resolved = (
      await u1Handler.post(`/api/appeals/${id}/resolve`, {
        outcome: '企业已补发工资',
        recoveredFen: 1_250_000,
        workersCovered: 12,
      })
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', recoveredFen: 1_250_000, workersCovered: 12, onTime: true });
    const mine = (await member.get(`/api/appeals/${id}`)).json();
    expect(mine.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'accepted',
      'info_requested',
      'worker_replied',
      'resolved',
    ]);
    expect(mine.actions).toEqual(['read', 'rate']);
    const stranger = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    expect((await stranger.post(`/api/me/appeals/${id}/rate`, { rating: 1 })).statusCode).toBe(404);
    expect((await member.post(`/api/me/appeals/${id}/rate`, { rating: 6 })).statusCode).toBe(400);
    const rated = (await member.post(`/api/me/appeals/${id}/rate`, { rating: 2, comment: '拖了太久' })).json();
    expect(rated).toMatchObject({ rating: 2, flagged: true });
    expect((await member.post(`/api/me/appeals/${id}/rate`, { rating: 5 })).json().error.code).toBe(
      'APPEAL_ALREADY_RATED',
    );
    const flagged = (await c1Handler.get('/api/appeals?flagged=true')).json().items.map((a: { id: number }) => a.id);
    expect(flagged).toContain(id);
    expect((await u1Handler.post(`/api/appeals/${id}/reopen`, { reason: '复核' })).json().status).toBe('in_progress');
    expect((await auditRows(t, 'appeal.resolve')).length).toBeGreaterThan(0);
    // The worker was told of each step a handler took, newest first; not of the internal note, nor of their own steps.
    const told = (await member.get('/api/me/messages')).json().items as Array<{ title: string; body: string }>;
    expect(told.map((n) => n.title)).toEqual(['诉求已重新办理', '诉求已办结', '请补充诉求材料', '诉求已受理']);
    expect(told[1]?.body).toContain('企业已补发工资');
    expect(told[2]?.body).toContain('请上传工资条或考勤记录');
    expect(told.some((n) => n.body.includes('已联系企业负责人'))).toBe(false);
  });

  it('shows refusals and referrals with their reasons to the worker', async () => {
    const member = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const a = (await member.post('/api/me/appeals', arrears())).json();
    const refused = (
      await u1Handler.post(`/api/appeals/${a.id}/refuse`, { reason: '不属于工会受理范围，请向社保部门反映' })
    ).json();
    expect(refused.status).toBe('refused');
    expect((await member.get(`/api/appeals/${a.id}`)).json().refusalReason).toBe(
      '不属于工会受理范围，请向社保部门反映',
    );
    const b = (await member.post('/api/me/appeals', arrears({ category: 'labour_dispute' }))).json();
    const referred = (
      await u1Handler.post(`/api/appeals/${b.id}/refer`, { to: 'arbitration', note: '金额较大，建议申请劳动仲裁' })
    ).json();
    expect(referred).toMatchObject({ status: 'referred', referredTo: 'arbitration' });
  });

  it('counts the stored holidays: a case filed on the eve of National Day is due after them', async () => {
    clock.set(bj('2026-09-30T16:00:00')); // a Wednesday; 10-01 and 10-02 are stored holidays, then a weekend
    const member = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const { firstResponse } = (await member.post('/api/me/appeals', arrears())).json();
    expect(firstResponse.dueAt).toBe(bj('2026-10-05T16:00:00').toISOString());
  });

  it('escalates overdue cases to the parent union on the working calendar, once per deadline', async () => {
    clock.set(bj('2026-09-25T16:00:00')); // a Friday; the Sunday after is a make-up working day
    const member = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const { id, firstResponse } = (await member.post('/api/me/appeals', arrears())).json();
    expect(firstResponse.dueAt).toBe(bj('2026-09-27T16:00:00').toISOString());
    const ctx = systemCtx(t.services);
    clock.set(bj('2026-09-27T15:59:00'));
    expect(await escalateOverdue(ctx)).toBe(0);
    clock.set(bj('2026-09-28T10:00:00'));
    const overdueList = (await u1Handler.get('/api/appeals?overdue=true'))
      .json()
      .items.map((a: { id: number }) => a.id);
    expect(overdueList).toContain(id);
    expect(await escalateOverdue(ctx)).toBeGreaterThanOrEqual(1);
    // The base union no longer handles it but follows it, read-only.
    const watched = (await u1Handler.get(`/api/appeals/${id}`)).json();
    expect(watched).toMatchObject({ union: { id: tree.c1.id }, watching: true, actions: ['read'] });
    expect((await u1Handler.post(`/api/appeals/${id}/accept`)).statusCode).toBe(403);
    const watchingList = (await u1Handler.get('/api/appeals?watching=true')).json().items;
    expect(watchingList.map((a: { id: number }) => a.id)).toContain(id);
    expect(watchingList.every((a: { watching: boolean }) => a.watching)).toBe(true);
    const u1List = (await u1Handler.get('/api/appeals')).json().items;
    expect(u1List.find((a: { id: number }) => a.id === id)).toMatchObject({ watching: true });
    expect((await u3Handler.get(`/api/appeals/${id}`)).statusCode).toBe(404);
    const atCounty = (await c1Handler.get(`/api/appeals/${id}`)).json();
    expect(atCounty.watching).toBe(false);
    expect(atCounty).toMatchObject({ union: { id: tree.c1.id }, escalations: 1 });
    expect(atCounty.events.at(-1)).toMatchObject({ kind: 'escalated', by: 'system', union: tree.c1.name });
    // The first-response clock restarted at the county: not escalated again within it.
    expect(atCounty.firstResponse).toMatchObject({ overdue: false, dueAt: bj('2026-09-29T10:00:00').toISOString() });
    const again = await escalateOverdue(ctx);
    expect((await c1Handler.get(`/api/appeals/${id}`)).json().escalations).toBe(1);
    expect(again).toBe(0);
    // The county's own wage-arrears policy: close within 2 working days.
    const policy = await c1Handler.request('PUT', '/api/appeal-sla-policies', {
      unionId: tree.c1.id,
      category: 'wage_arrears',
      firstResponseMinutes: 240,
      resolutionMinutes: 960,
    });
    expect(policy.statusCode).toBe(200);
    expect(
      (
        await u3Handler.request('PUT', '/api/appeal-sla-policies', {
          category: 'wage_arrears',
          firstResponseMinutes: 240,
          resolutionMinutes: 960,
          unionId: tree.c1.id,
        })
      ).statusCode,
    ).toBe(404);
    await c1Handler.post(`/api/appeals/${id}/accept`);
    // Waiting on the worker for a week does not count.
    await c1Handler.post(`/api/appeals/${id}/request-info`, { text: '请提供劳动合同' });
    clock.set(bj('2026-10-09T10:00:00'));
    await escalateOverdue(ctx);
    expect((await c1Handler.get(`/api/appeals/${id}`)).json()).toMatchObject({
      escalations: 1,
      status: 'awaiting_worker',
    });
    await member.post(`/api/me/appeals/${id}/reply`, { text: '合同已上传' });
    clock.set(bj('2026-10-12T10:00:00'));
    await escalateOverdue(ctx);
    // Now with the city: the county follows it read-only, like the base union.
    expect((await c1Handler.get(`/api/appeals/${id}`)).json()).toMatchObject({ watching: true, actions: ['read'] });
    const row = (await t.db.query<{ union_id: number }>(sql`select union_id from appeals where id = ${id}`))[0];
    expect(row?.union_id).toBe(tree.city.id);
    const cityHandler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.city }));
    const resolved = (
      await cityHandler.post(`/api/appeals/${id}/resolve`, {
        outcome: '协调补发',
        recoveredFen: 500_000,
        workersCovered: 3,
      })
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', onTime: false });
    expect((await auditRows(t, 'appeal.escalate')).length).toBeGreaterThanOrEqual(2);
  });

  it('takes hotline calls into the handler’s subtree only', async () => {
    const call = {
      ...arrears({ employerName: '某物流公司', areaUnionId: tree.c1.id }),
      workerName: '李四',
      phone: '13900001234',
    };
    const ok = await c1Handler.post('/api/appeals', call);
    expect(ok.json()).toMatchObject({ channel: 'hotline', union: { id: tree.c1.id } });
    expect((await u3Handler.post('/api/appeals', call)).statusCode).toBe(404);
    expect((await c1Handler.post('/api/appeals', { ...call, phone: '12345' })).json().error.code).toBe('PHONE_INVALID');
    // The worker signs in with that phone and finds the case.
    const worker = await memberAgent(t, '13900001234');
    expect((await worker.get('/api/me/appeals')).json().items.map((a: { id: number }) => a.id)).toContain(ok.json().id);
  });
  it('reads the yearly holiday notice as pasted, shows what it read, and imports only what is certain', async () => {
    const top = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.province }));
    // The notice's format, pasted as one paragraph with full-width digits from an IME (dates made up).
    const notice =
      '国务院办公厅关于2030年部分节假日安排的通知 一、元旦：1月1日（周二）放假1天，不调休。' +
      '二、春节：２月２日（农历腊月二十九、周六）至８日（农历正月初六、周五）放假调休，共7天。1月27日（周日）、2月9日（周六）上班。' +
      '三、国庆节：10月1日（周二）至7日（周一）放假调休，共7天。9月29日（周日）、10月12日（周六）上班。';
    // The title names 2030: that wins over the year on screen.
    const preview = await top.post('/api/work-calendar/import', { year: 2029, text: notice });
    expect(preview.statusCode).toBe(200);
    const read = preview.json();
    expect(read).toMatchObject({ year: 2030, applied: false, problems: [] });
    const days = read.days as Array<{ day: string; kind: string; name: string }>;
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(15);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual([
      '2030-01-27',
      '2030-02-09',
      '2030-09-29',
      '2030-10-12',
    ]);
    expect(days.find((d) => d.day === '2030-02-05')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(days.find((d) => d.day === '2030-01-27')).toMatchObject({ name: '春节调休' });
    const stored = async () => (await top.get('/api/work-calendar?year=2030')).json().items.length;
    expect(await stored()).toBe(0);

    // A range that disagrees with its count, or a date that does not exist: shown, and nothing is written.
    const doubtful = `${notice}四、劳动节：5月1日至5日放假调休，共4天。五、端午节：6月31日放假。六、清明节：4月5日至6日放假1天。`;
    const problems = (await top.post('/api/work-calendar/import', { year: 2030, text: doubtful })).json().problems;
    expect(problems.map((p: { message: { zh: string } }) => p.message.zh)).toEqual([
      '劳动节：通知写共 4 天，起止日期却是 5 天',
      '端午节：日期不存在',
      '清明节：通知写共 1 天，起止日期却是 2 天',
    ]);
    const refused = await top.post('/api/work-calendar/import', { year: 2030, text: doubtful, apply: true });
    expect(refused.json().error.code).toBe('CALENDAR_NOTICE_INVALID');
    expect(await stored()).toBe(0);
    expect(
      (await top.post('/api/work-calendar/import', { year: 2030, text: '今年照常上班' })).json().problems,
    ).toHaveLength(1);
    expect((await u1Handler.post('/api/work-calendar/import', { year: 2030, text: notice })).statusCode).toBe(403);

    const applied = await top.post('/api/work-calendar/import', { year: 2030, text: notice, apply: true });
    expect(applied.json().applied).toBe(true);
    expect(await stored()).toBe(19);
    expect((await auditRows(t, 'calendar.import')).at(-1)?.detail).toEqual({ holidays: 15, workdays: 4 });
  });
});
