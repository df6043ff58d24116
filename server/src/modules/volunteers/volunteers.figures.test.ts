// The volunteers' cockpit figures over a subtree and this year, against rows written here: activities held (begun,
// not cancelled; a future one and a cancelled one not counted), orders rated and rated well (four stars and up: three
// is not), never a sibling county's whose id shares the prefix, nor last year's.
import { beforeAll, describe, expect, it } from 'vitest';
import { adminAgent, buildAccount, buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const NOW = '2026-12-07T02:00:00Z';

describe.each(dbKinds)('volunteers’ cockpit figures on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: NOW });
  let volunteerId: number;
  let accountId: number;

  const activity = async (union: { id: number; path: string }, startsAt: string, status = 'published') => {
    await t.db.query(sql`insert into volunteer_activities (union_id, union_path, title, place, starts_at, ends_at,
        status, created_by)
      values (${union.id}, ${union.path}, '活动', '广场', ${startsAt}::timestamptz,
        ${startsAt}::timestamptz + interval '3 hours', ${status}, ${accountId})`);
  };
  const ratedOrder = async (union: { id: number; path: string }, rating: number, confirmedAt = NOW) => {
    const [item] = await t.db.query<{
      id: number;
    }>(sql`insert into service_items (union_id, union_path, name, specialty,
        created_by)
      values (${union.id}, ${union.path}, '修车', 'repair', ${accountId}) returning id`);
    const [team] = await t.db.query<{ id: number }>(sql`insert into volunteer_teams (union_id, union_path, name,
        specialty, created_by)
      values (${union.id}, ${union.path}, ${`修车队${rating}${confirmedAt}`}, 'repair', ${accountId}) returning id`);
    await t.db.query(sql`insert into service_orders (item_id, union_id, union_path, requester_phone_hash,
        requester_phone_cipher, requester_name, wanted_at, place, status, take_by, team_id, volunteer_id, taken_at,
        done_at, confirmed_at, rating)
      values (${item?.id}, ${union.id}, ${union.path}, 'h', 'v1:x', '居民', ${confirmedAt}::timestamptz, '小区',
        'confirmed', ${confirmedAt}::timestamptz, ${team?.id}, ${volunteerId}, ${confirmedAt}::timestamptz,
        ${confirmedAt}::timestamptz, ${confirmedAt}::timestamptz, ${rating})`);
  };

  beforeAll(async () => {
    accountId = (await buildAccount(t, { role: 'union_admin', union: tree.province })).id;
    const m = await buildMember(t, tree.u1, { name: '孙志愿' });
    const [v] = await t.db.query<{ id: number }>(sql`insert into volunteers (member_id) values (${m.id}) returning id`);
    volunteerId = Number(v?.id);
    await activity(tree.u1, '2026-03-01T01:00:00Z');
    await activity(tree.c1, '2026-12-07T01:00:00Z');
    await activity(tree.c1, '2026-11-01T01:00:00Z', 'cancelled');
    await activity(tree.c1, '2026-12-20T01:00:00Z');
    await activity(tree.c1, '2025-12-20T01:00:00Z');
    await activity(tree.c2, '2026-05-01T01:00:00Z');
    for (const r of [5, 4, 3, 4]) await ratedOrder(tree.u1, r);
    await ratedOrder(tree.c1, 2);
    await ratedOrder(tree.c2, 5);
    await ratedOrder(tree.u1, 5, '2025-06-01T02:00:00Z');
  });

  it('counts activities held and orders rated (and rated well) within the subtree and this year', async () => {
    const figures = async (union: typeof tree.c1) => {
      const agent = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union }));
      const all = (await agent.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>;
      const of = (key: string) => all.find((f) => f.key === `volunteers.${key}`)?.value;
      return [of('activities'), of('ordersRated'), of('ordersRatedWell')];
    };
    expect(await figures(tree.c1)).toEqual([2, 5, 3]);
    expect(await figures(tree.c2)).toEqual([1, 1, 1]);
    expect(await figures(tree.city)).toEqual([3, 6, 4]);
  });
});
