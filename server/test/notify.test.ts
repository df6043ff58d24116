// The notification kit (platform/notify.ts) and the job queue under it (platform/queue.ts): a message belongs to
// its decision's transaction, its text goes out after commit through the queue, a gateway failure is retried
// with backoff, a text is never sent twice, and a job out of retries shows in the console and can be retried.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Ctx, systemCtx, transaction } from '../src/platform/context.js';
import { notifyMember, requeuePendingSms } from '../src/platform/notify.js';
import { sql } from '../src/platform/sql.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from './harness.js';
import { useWorld } from './world.js';

describe.each(dbKinds)('notifications on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let root: Agent;
  let county: Agent;
  let ctx: Ctx;

  beforeAll(async () => {
    root = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.province }));
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    ctx = systemCtx(t.services);
  });

  async function recipient() {
    const m = await buildMember(t, tree.u1);
    const [row] = await t.db.query<{ phone_hash: string; phone_cipher: string }>(
      sql`select phone_hash, phone_cipher from members where id = ${m.id}`,
    );
    return { ...m, to: row as { phone_hash: string; phone_cipher: string } };
  }
  const textsTo = (phone: string) => t.sms.sent.filter((m) => m.phone === phone && m.template === 'notice');
  const jobs = (state: string) =>
    t.db.raw(`select id, state, retry_count from pgboss.job where name = 'notify.sms' and state = $1`, [state]);

  it('says nothing for a decision rolled back, and one message per key however often it is called', async () => {
    const m = await recipient();
    await expect(
      transaction(ctx, async (tx) => {
        await notifyMember(tx, m.to, 'transfers.completed', { from: '甲', to: '乙' }, `test:${m.id}:rolled-back`);
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    const agent = await memberAgent(t, m.phone);
    expect((await agent.get('/api/me/messages')).json().items).toEqual([]);
    await t.services.queue.runDue();
    expect(textsTo(m.phone)).toEqual([]);

    for (let i = 0; i < 3; i++) {
      await transaction(ctx, (tx) =>
        notifyMember(tx, m.to, 'transfers.completed', { from: '甲工会', to: '乙工会' }, `test:${m.id}:once`),
      );
    }
    const inbox = (await agent.get('/api/me/messages')).json();
    expect(inbox.items.map((i: { title: string; body: string }) => [i.title, i.body])).toEqual([
      ['会员关系已转入', '您的会员关系已从甲工会转入乙工会，会员卡号不变。'],
    ]);
    expect(inbox.unread).toBe(1);
    await t.services.queue.runDue();
    await t.services.queue.runDue();
    expect(textsTo(m.phone).map((s) => s.text)).toEqual(['您的会员关系已转入乙工会，会员卡号不变。']);
    // Sent: the copy of the phone kept for the text is gone.
    const [row] = await t.db.query<{ sms_state: string; sms_phone_cipher: string | null }>(
      sql`select sms_state, sms_phone_cipher from member_messages where dedupe_key = ${`test:${m.id}:once`}`,
    );
    expect(row).toEqual({ sms_state: 'sent', sms_phone_cipher: null });
    // What a message says is kept encrypted, like the rest of a member's personal data.
    const [stored] = await t.db.query<{ title: string; body: string; params: unknown }>(
      sql`select title, body, params from member_messages where dedupe_key = ${`test:${m.id}:once`}`,
    );
    expect(stored?.title).toMatch(/^v2:/);
    expect(stored?.body).not.toContain('乙工会');
    expect(stored?.params).toBeNull();
  });

  it('retries a failed text with backoff, sends it once, and lets a root manager retry a job out of retries', async () => {
    const m = await recipient();
    const send = t.sms.send.bind(t.sms);
    let failures = 0;
    t.sms.send = async (message) => {
      if (message.phone === m.phone) {
        failures += 1;
        throw new Error('gateway 503');
      }
      return send(message);
    };
    try {
      await transaction(ctx, (tx) =>
        notifyMember(tx, m.to, 'transfers.completed', { from: '甲', to: '乙' }, `test:${m.id}:retry`),
      );
      await t.services.queue.runDue();
      expect(failures).toBe(1);
      // Back in the queue for later (pg-boss's backoff), not failed, not sent.
      const [waiting] = (await jobs('retry')).rows as Array<{ id: string; retry_count: number }>;
      expect(waiting).toBeDefined();
      const [later] = (
        await t.db.raw(`select start_after > now() as later from pgboss.job where id = $1`, [waiting?.id])
      ).rows as Array<{ later: boolean }>;
      expect(later?.later).toBe(true);
      // Time passes for every retry until none is left: five retries after the first attempt.
      for (let i = 0; i < 5; i++) {
        await t.db.raw(
          `update pgboss.job set start_after = now() - interval '1 second' where name = 'notify.sms' and state = 'retry'`,
        );
        await t.services.queue.runDue();
      }
      expect(failures).toBe(6);
      const failed = (await jobs('failed')).rows as Array<{ id: string }>;
      expect(failed).toHaveLength(1);
      // Out of retries, the text is not queued again by the sweep (it would fail over and over): it waits for
      // someone to fix the cause and retry it, even once it is old enough for the sweep to look at it.
      await t.db.query(sql`update member_messages set created_at = now() - interval '5 minutes'
        where dedupe_key = ${`test:${m.id}:retry`}`);
      expect(await requeuePendingSms(ctx)).toBe(0);

      // The console: a county admin may not see the installation's jobs; a root manager sees it and retries it.
      expect((await county.get('/api/jobs/failed')).statusCode).toBe(403);
      const listed = (await root.get('/api/jobs/failed')).json();
      expect(listed.items.map((j: { id: string; name: string; error: string }) => [j.id, j.name, j.error])).toEqual([
        [failed[0]?.id, 'notify.sms', 'gateway 503'],
      ]);
      expect((await root.post('/api/jobs/00000000-0000-4000-8000-000000000000/retry')).statusCode).toBe(404);
      t.sms.send = send;
      expect((await root.post(`/api/jobs/${failed[0]?.id}/retry`)).statusCode).toBe(200);
      await t.services.queue.runDue();
      expect(textsTo(m.phone)).toHaveLength(1);
      expect((await root.get('/api/jobs/failed')).json().items).toEqual([]);
      // The sweep for texts a stopped process never queued finds nothing left.
      expect(await requeuePendingSms(ctx)).toBe(0);
    } finally {
      t.sms.send = send;
    }
  });

  it('queues again a text whose process stopped between commit and queue', async () => {
    const m = await recipient();
    // As if the process had stopped right after the commit: a pending text, a minute old, and no job.
    await t.db.query(sql`
      insert into member_messages (phone_hash, template, title, body, dedupe_key, sms_state, sms_text, sms_phone_cipher,
        created_at)
      values (${m.to.phone_hash}, 'transfers.completed', '会员关系已转入', '正文', ${`test:${m.id}:orphan`}, 'pending',
        ${t.services.pii.encrypt('孤儿短信')}, ${m.to.phone_cipher}, now() - interval '2 minutes')`);
    expect(await requeuePendingSms(ctx)).toBe(1);
    await t.services.queue.runDue();
    expect(textsTo(m.phone).map((s) => s.text)).toEqual(['孤儿短信']);
    expect(await requeuePendingSms(ctx)).toBe(0);
  });
});
