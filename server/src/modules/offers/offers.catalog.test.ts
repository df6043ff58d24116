// The member's offers list and claim pass from memory (issue 20 item 2), on both databases: the list holds exactly
// what the database's own query selects, in its order; a write through the API is read back at once, a change behind
// it within the catalog's one-second bound; places taken follow the engine as claims commit; and a claim pass is
// issued from the session's cached facts without a query, yet never on facts that changed.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createOffer } from '../../../test/factories.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { ancestorPaths } from './offers.catalog.js';

const BOUND_MS = 1000;
const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();

/** The pass's body, read as a station would not need to: base64url JSON between the prefix and the MAC. */
const passBody = (pass: string) =>
  JSON.parse(Buffer.from(pass.split('.')[1] as string, 'base64url').toString('utf8')) as { t?: string[]; c: string };

describe('a union and its ancestors', () => {
  it('lists every prefix of the path, and no sibling that merely shares digits', () => {
    expect(ancestorPaths('/1/3/30/')).toEqual(['/1/', '/1/3/', '/1/3/30/']);
    expect(ancestorPaths('/1/30/')).toEqual(['/1/', '/1/30/']);
    expect(ancestorPaths('/1/30/')).not.toContain('/1/3/');
  });
});

describe.each(dbKinds)('the offers catalog on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let city: Agent;
  let county: Agent;
  let sibling: Agent;
  /** The database as a job or another process writes it: not through the test's cache-clearing wrapper. */
  const behindTheApi = (q: ReturnType<typeof sql>) => t.services.db.query(q);

  beforeAll(async () => {
    city = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.city }));
    county = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'benefits_officer', union: tree.c2 }));
  });

  it('lists what the database’s own query selects, in its order', async () => {
    // tree.c1's id starts with tree.c2's digits (3 and 30): the sibling's offers must not leak in.
    const cityOpen = await createOffer(city, tree.city.id, { title: '市级·进行中' });
    const countyLater = await createOffer(county, tree.c1.id, {
      title: '县级·即将开始',
      opensAt: iso(3_600_000),
      closesAt: iso(7_200_000),
    });
    const countyOpen = await createOffer(county, tree.c1.id, { title: '县级·进行中', opensAt: iso(-60_000) });
    await createOffer(sibling, tree.c2.id, { title: '邻县·进行中' });
    await createOffer(county, tree.c1.id, { title: '县级·草稿' }, { draft: true });
    const closedRecently = await createOffer(county, tree.c1.id, { title: '县级·十天前结束' });
    const closedLongAgo = await createOffer(county, tree.c1.id, { title: '县级·三十一天前结束' });
    await t.db.query(sql`update offers set opens_at = now() - interval '12 days', closes_at = now() - interval '10 days'
      where id = ${closedRecently}`);
    await t.db.query(sql`update offers set opens_at = now() - interval '40 days', closes_at = now() - interval '31 days'
      where id = ${closedLongAgo}`);
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const listed = (await member.get('/api/me/offers')).json().items as Array<{ id: number; title: string }>;
    const mine = listed.filter((o) => [cityOpen, countyLater, countyOpen, closedRecently].includes(o.id));
    // Open first (the county's opened a minute ago, the city's a second ago), then upcoming, then closed: by hand.
    expect(mine.map((o) => o.title)).toEqual(['县级·进行中', '市级·进行中', '县级·即将开始', '县级·十天前结束']);
    expect(listed.map((o) => o.title)).not.toContain('邻县·进行中');
    expect(listed.map((o) => o.title)).not.toContain('县级·草稿');
    expect(listed.map((o) => o.title)).not.toContain('县级·三十一天前结束');
    // And the whole list is what the query the list used to run selects, in the same order.
    const expected = await t.db.query<{ id: number }>(sql`select o.id from offers o
      where o.status = 'published' and starts_with(${tree.u1.path}, o.union_path) and o.closes_at > now() - interval '30 days'
      order by (o.closes_at <= now()), (o.opens_at > now()), o.opens_at, o.id limit 200`);
    expect(listed.map((o) => o.id)).toEqual(expected.map((o) => o.id));
    // One offer is found by the same rule: a sibling county's is not.
    const [siblings] = await t.db.query<{ id: number }>(
      sql`select id from offers where union_id = ${tree.c2.id} limit 1`,
    );
    expect((await member.get(`/api/me/offers/${siblings?.id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/me/offers/${closedLongAgo}`)).statusCode).toBe(404);
    expect((await member.get(`/api/me/offers/${countyOpen}`)).json().title).toBe('县级·进行中');
  });

  it('reads a cadre’s change back at once, and one made behind the API within the bound', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    await member.get('/api/me/offers');
    const id = await createOffer(county, tree.c1.id, { title: '刚发布的活动' });
    expect(((await member.get('/api/me/offers')).json().items as Array<{ id: number }>).map((o) => o.id)).toContain(id);
    await behindTheApi(sql`update offers set title = '另一个进程改过的标题' where id = ${id}`);
    const changed = Date.now();
    await expect
      .poll(async () => (await member.get(`/api/me/offers/${id}`)).json().title, {
        timeout: 2 * BOUND_MS,
        interval: 20,
      })
      .toBe('另一个进程改过的标题');
    expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS + 200);
  });

  it('shows places taken as the engine commits them', async () => {
    const id = await createOffer(county, tree.c1.id, { kind: 'voucher', title: '限量券', capacity: 3 });
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    const left = async () =>
      ((await member.get('/api/me/offers')).json().items as Array<{ id: number; left: number }>).find(
        (o) => o.id === id,
      )?.left;
    expect(await left()).toBe(3);
    const pass = (await member.post('/api/me/claim-pass')).json().pass as string;
    const claimed = await member.request(
      'POST',
      '/api/claims',
      { offerId: id, idempotencyKey: 'catalog-claim-0001' },
      { 'x-zg-pass': pass },
    );
    expect(claimed.statusCode, claimed.body).toBe(200);
    // The claim route clears no cache: the figure comes from the engine's view, at once.
    expect(await left()).toBe(2);
    expect((await member.get(`/api/me/offers/${id}`)).json().left).toBe(2);
  });

  it('reads no claims for an offer not yet open, and still shows a claim made before its opening was moved', async () => {
    const later = await createOffer(county, tree.c1.id, {
      title: '倒计时中',
      opensAt: iso(600_000),
      closesAt: iso(900_000),
    });
    const open = await createOffer(county, tree.c1.id, { kind: 'voucher', title: '已开抢', capacity: 5 });
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    await member.get(`/api/me/offers/${later}`);
    const query = vi.spyOn(t.services.db, 'query');
    try {
      const page = (await member.get(`/api/me/offers/${later}`)).json();
      expect(page.myClaims).toEqual([]);
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
    const pass = (await member.post('/api/me/claim-pass')).json().pass as string;
    const claimed = await member.request(
      'POST',
      '/api/claims',
      { offerId: open, idempotencyKey: 'moved-claim-0001' },
      { 'x-zg-pass': pass },
    );
    expect(claimed.statusCode, claimed.body).toBe(200);
    // A cadre moves the opening into the future after the claim: the claim is still the member's to see.
    await t.db.query(
      sql`update offers set opens_at = now() + interval '1 hour', closes_at = now() + interval '2 hours' where id = ${open}`,
    );
    const page = (await member.get(`/api/me/offers/${open}`)).json();
    expect(page.myClaims.map((c: { id: number }) => c.id)).toEqual([claimed.json().id]);
  });

  it('issues a claim pass from the cached facts without a query, and never on facts that changed', async () => {
    const m = await buildMember(t, tree.u1);
    const member = await memberAgent(t, m.phone);
    expect(passBody((await member.post('/api/me/claim-pass')).json().pass).t ?? []).toEqual([]);
    const query = vi.spyOn(t.services.db, 'query');
    try {
      expect((await member.post('/api/me/claim-pass')).statusCode).toBe(200);
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
    // A tag given by a job or another process reaches the next pass within the bound (the database's notice).
    await behindTheApi(sql`update members set tags = '{一线职工}' where id = ${m.id}`);
    const changed = Date.now();
    await expect
      .poll(async () => passBody((await member.post('/api/me/claim-pass')).json().pass).t, {
        timeout: BOUND_MS,
        interval: 20,
      })
      .toEqual(['一线职工']);
    expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS);
    // A category changed the same way, too.
    await behindTheApi(sql`update members set category = 'rider' where id = ${m.id}`);
    await expect
      .poll(async () => passBody((await member.post('/api/me/claim-pass')).json().pass).c, {
        timeout: BOUND_MS,
        interval: 20,
      })
      .toBe('rider');
  });
});
