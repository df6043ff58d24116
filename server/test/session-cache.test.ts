// The session cache in one process (issue 20), on both databases: a signed-in person's requests are answered from
// memory after the first; a logout is final for the very next request; a change made behind the API's back (a
// disabled account, a member who left the union) reaches the cached facts through the database's notice within
// the one-second bound; a route marked as changing nothing about sign-in keeps the cache, any other write clears it.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compile, sql } from '../src/platform/sql.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from './harness.js';
import { useWorld } from './world.js';

const BOUND_MS = 1000;

describe.each(dbKinds)('the session cache on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  const cache = () => {
    const c = t.services.sessionCache;
    if (!c) throw new Error('the test app runs without a session cache');
    return c;
  };
  /** The database as a job or another process would write it: not through the test's clearing wrapper. */
  const behindTheApi = (q: ReturnType<typeof sql>) => t.services.db.query(q);
  let county: Agent;

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
  });

  it('answers a signed-in member from memory after the first request, and keeps it across a pass', async () => {
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    cache().clear();
    expect((await agent.get('/api/me')).json().member.id).toBe(m.id);
    expect(cache().size).toBe(1);
    const notices = cache().notices;
    // Served from memory: the entry is still the one cached, and no notice cleared it.
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    expect(cache().size).toBe(1);
    // A claim pass is a write that changes nothing about who anyone is: the cache stays.
    expect((await agent.post('/api/me/claim-pass')).statusCode).toBe(200);
    expect(cache().size).toBe(1);
    expect(cache().notices).toBe(notices);
    // A cadre signing in deletes no session of anyone's (the cap on concurrent sessions finds none to end), so no
    // notice goes to the other processes. (This one clears its own cache after the sign-in's reply, as after any
    // write not marked as leaving sign-in alone.)
    const cadre = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    // (The grant given to the new account sends its own notice, which may arrive a moment after the insert.)
    await new Promise((r) => setTimeout(r, 100));
    const before = cache().notices;
    await adminAgent(t, cadre);
    await new Promise((r) => setTimeout(r, 100));
    expect(cache().notices).toBe(before);
  });

  it('reads the sessions of cookies that arrive together in one statement, each answered as its own', async () => {
    const members = await Promise.all(Array.from({ length: 20 }, () => buildMember(t, tree.u1)));
    const agents = await Promise.all(members.map((m) => memberAgent(t, m.phone)));
    cache().clear();
    const query = vi.spyOn(t.services.db, 'query');
    try {
      const answers = await Promise.all(agents.map((a) => a.get('/api/me')));
      expect(answers.map((a) => a.json().member.id)).toEqual(members.map((m) => m.id));
      const sessionReads = query.mock.calls.filter(([q]) => compile(q).text.includes('from sessions s'));
      expect(sessionReads.length).toBeLessThan(members.length / 4);
    } finally {
      query.mockRestore();
    }
  });

  it('makes a logout final for the very next request', async () => {
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    const cookie = agent.cookie;
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(200);
    agent.cookie = cookie;
    expect((await agent.get('/api/me')).statusCode).toBe(401);
  });

  it('refuses a disabled account’s cached session within the bound', async () => {
    const account = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const officer = await adminAgent(t, account);
    expect((await officer.get(`/api/unions/${tree.u1.id}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/unions/${tree.u1.id}`)).statusCode).toBe(200);
    await behindTheApi(sql`update accounts set disabled = true where id = ${account.id}`);
    const changed = Date.now();
    await expect
      .poll(async () => (await officer.get(`/api/unions/${tree.u1.id}`)).statusCode, {
        timeout: BOUND_MS,
        interval: 20,
      })
      .toBe(401);
    expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS);
  });

  it('takes eligibility away from a member who left the union within the bound', async () => {
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    expect((await agent.get('/api/me')).json().member?.id).toBe(m.id);
    expect((await agent.post('/api/me/claim-pass')).statusCode).toBe(200);
    await behindTheApi(sql`update members set status = 'left' where id = ${m.id}`);
    await expect
      .poll(async () => (await agent.get('/api/me')).json().member, { timeout: BOUND_MS, interval: 20 })
      .toBeNull();
    // No pass for a member who is no longer one.
    expect((await agent.post('/api/me/claim-pass')).statusCode).toBeGreaterThanOrEqual(400);
  });

  it('clears the cache after a write that may change who someone is', async () => {
    expect((await county.get(`/api/unions/${tree.u1.id}`)).statusCode).toBe(200);
    expect(cache().size).toBeGreaterThan(0);
    // Adding a station is a plain console write: it is not marked as leaving sign-in alone.
    const res = await county.post('/api/stations', {
      unionId: tree.u1.id,
      kind: 'rest',
      name: '缓存驿站',
      address: '缓存路1号',
      lat: 29.03,
      lng: 119.17,
      hours: { allDay: true, weekly: [], holidays: 'open' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(cache().size).toBe(0);
  });
});
