import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('documents down the tree on %s', (kind) => {
  // Friday 4 December 2026, 10:00 in China.
  const { t, tree, clock } = useWorld(kind, { clock: '2026-12-04T02:00:00Z' });
  let county: Agent;
  let otherCounty: Agent;
  let u1Cadre: Agent;
  let u2Cadre: Agent;
  let u3Cadre: Agent;
  let u1Admin: Agent;
  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    otherCounty = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    u1Cadre = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    u2Cadre = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.u2 }));
    u3Cadre = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u3 }));
    u1Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.u1 }));
  });

  const send = (agent: Agent, extra: Record<string, unknown> = {}) =>
    agent.post('/api/documents', {
      unionId: tree.c1.id,
      title: '关于报送年度职工之家建设情况的通知',
      bodyHtml: '<p>请各基层工会于两个工作日内报送。</p><script>alert(1)</script>',
      recipientLevel: 'base',
      replyRequired: true,
      dueWorkingDays: 2,
      ...extra,
    });
  const inbox = async (agent: Agent) =>
    ((await agent.get('/api/documents?box=received')).json().items as Array<{ id: number }>).map((d) => d.id);
  const pending = async (agent: Agent) => (await agent.get('/api/pending')).json().counts['documents.inbox'];

  it('reaches every base union below the sender and none elsewhere, due after two working days', async () => {
    const res = await send(county);
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.bodyHtml).toBe('<p>请各基层工会于两个工作日内报送。</p>');
    // Friday 10:00 + 16 working hours: 7 on Friday, 8 on Monday, 1 on Tuesday → Tuesday 10:00 China time.
    expect(doc.dueAt).toBe('2026-12-08T02:00:00.000Z');
    expect(doc.progress).toEqual({ recipients: 2, read: 0, replied: 0, overdue: 0 });
    expect(await inbox(u1Cadre)).toContain(doc.id);
    expect(await inbox(u2Cadre)).toContain(doc.id);
    // U3 is under the other county; its cadre and that county's admin see nothing of it.
    expect(await inbox(u3Cadre)).not.toContain(doc.id);
    expect((await otherCounty.get(`/api/documents/${doc.id}`)).statusCode).toBe(404);
    expect(await pending(u1Cadre)).toBe(1);
  });

  it('is signed for and replied to by each union’s own cadre, late ones show and are reminded', async () => {
    const doc = (await send(county, { title: '二号通知' })).json();
    // The county's admin works at the county: it does not sign for a base union.
    expect((await county.post(`/api/documents/${doc.id}/read`, { unionId: tree.u1.id })).json().error.code).toBe(
      'DOCUMENT_NOT_RECIPIENT',
    );
    expect((await u1Cadre.post(`/api/documents/${doc.id}/read`, { unionId: tree.u2.id })).json().error.code).toBe(
      'DOCUMENT_NOT_RECIPIENT',
    );
    const signed = (await u1Cadre.post(`/api/documents/${doc.id}/read`, { unionId: tree.u1.id })).json();
    expect(signed.receipts).toMatchObject([{ union: { id: tree.u1.id }, status: 'read', replyText: null }]);
    const replied = (
      await u2Cadre.post(`/api/documents/${doc.id}/reply`, { unionId: tree.u2.id, text: '已报送，共 3 个职工之家' })
    ).json();
    expect(replied.receipts).toMatchObject([{ status: 'replied', replyText: '已报送，共 3 个职工之家' }]);
    let board = (await county.get(`/api/documents/${doc.id}`)).json();
    expect(board.progress).toEqual({ recipients: 2, read: 2, replied: 1, overdue: 0 });
    // Exactly at the deadline nobody is late; a minute after, U1 (signed, no reply) is.
    clock.set('2026-12-08T02:00:00Z');
    expect((await county.get(`/api/documents/${doc.id}`)).json().progress.overdue).toBe(0);
    clock.set('2026-12-08T02:01:00Z');
    board = (await county.get(`/api/documents/${doc.id}`)).json();
    expect(board.progress.overdue).toBe(1);
    const late = (await county.get(`/api/documents/${doc.id}/recipients?status=overdue`)).json().items;
    expect(late.map((r: { union: { id: number } }) => r.union.id)).toEqual([tree.u1.id]);
    expect((await county.post(`/api/documents/${doc.id}/remind`)).json()).toEqual({ reminded: 1, texted: 0 });
    const [row] = await t.db.query<{ reminders: number }>(
      sql`select reminders from document_recipients where document_id = ${doc.id} and union_id = ${tree.u1.id}`,
    );
    expect(row?.reminders).toBe(1);
    // A base union's own admin may not remind the county's recipients.
    expect((await u1Admin.post(`/api/documents/${doc.id}/remind`)).statusCode).toBe(403);
    expect(await pending(u2Cadre)).toBe(1); // the first test's document, not this one: it replied here
  });

  it('texts the late union’s cadres who gave a phone, once a day, and no one else', async () => {
    // U1 has two cadres with a phone and one without; U2 (done) and U3 (another county) have a cadre with a phone.
    const withPhone = async (union: typeof tree.u1, phone: string) => {
      const agent = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union }));
      expect((await agent.post('/api/auth/phone/code', { phone })).statusCode).toBe(200);
      const set = await agent.put('/api/auth/phone', { phone, code: t.sms.lastCode(phone) });
      expect(set.json()).toEqual({ phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` });
      return agent;
    };
    await withPhone(tree.u1, '13911110001');
    await withPhone(tree.u1, '13911110002');
    await withPhone(tree.u2, '13911110003');
    await withPhone(tree.u3, '13911110004');
    clock.set('2026-12-09T02:00:00Z');
    const doc = (await send(county, { title: '四号通知' })).json();
    await u2Cadre.post(`/api/documents/${doc.id}/reply`, { unionId: tree.u2.id, text: '已办' });
    const textsTo = () =>
      t.sms.sent
        .filter((m) => m.template === 'notice' && m.text?.includes('四号通知'))
        .map((m) => m.phone)
        .sort();

    expect((await county.post(`/api/documents/${doc.id}/remind`)).json()).toEqual({ reminded: 1, texted: 2 });
    await t.services.queue.runDue();
    expect(textsTo()).toEqual(['13911110001', '13911110002']);
    const text = t.sms.sent.find((m) => m.phone === '13911110001' && m.text?.includes('四号通知'))?.text;
    expect(text).toBe('贵单位公文「四号通知」尚未办结，请登录工会工作台签收或回复，期限 12-11 10:00。');
    // A second reminder the same day stands on the 待办 again but texts nobody; the next day texts again.
    expect((await county.post(`/api/documents/${doc.id}/remind`)).json()).toEqual({ reminded: 1, texted: 0 });
    await t.services.queue.runDue();
    expect(textsTo()).toHaveLength(2);
    clock.set('2026-12-10T02:00:00Z');
    expect((await county.post(`/api/documents/${doc.id}/remind`)).json()).toEqual({ reminded: 1, texted: 2 });
    const [audited] = await t.db.query<{ detail: { texted: number } }>(sql`select detail from audit_events
      where action = 'document.remind' and target_id = ${String(doc.id)} order by id desc limit 1`);
    expect(audited?.detail.texted).toBe(2);
  });

  it('refuses a reply nobody asked for, and a level with no union below the sender', async () => {
    const doc = (await send(county, { title: '三号通知', replyRequired: false, dueWorkingDays: null })).json();
    expect(doc.dueAt).toBeNull();
    expect(
      (await u1Cadre.post(`/api/documents/${doc.id}/reply`, { unionId: tree.u1.id, text: '收到' })).json().error.code,
    ).toBe('DOCUMENT_NO_REPLY_ASKED');
    const before = await t.db.query(sql`select id from documents`);
    const none = await u1Admin.post('/api/documents', {
      unionId: tree.u1.id,
      title: '无处可发',
      bodyHtml: '<p>x</p>',
      recipientLevel: 'base',
    });
    expect(none.json().error.code).toBe('DOCUMENT_NO_RECIPIENTS');
    expect(await t.db.query(sql`select id from documents`)).toHaveLength(before.length);
    // Sending is for a union's managers, not for an officer of another trade.
    const officer = await u1Cadre.post('/api/documents', {
      unionId: tree.c1.id,
      title: '越权下发',
      bodyHtml: '<p>x</p>',
      recipientLevel: 'base',
    });
    expect(officer.statusCode).toBe(403);
  });
});
