// The pioneer index (服务先锋指数): each station's score re-computed here from the published v1 formula and the
// numbers put in, ranks with ties shared, a month boundary in China time, and the cockpit's station figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const NOW = '2026-12-15T04:00:00Z';
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The formula as docs/stations-index.md publishes it. */
function published(i: { visits: number; attended: number; ratings: number[]; replied: Array<number | null> }) {
  const activity = r1(Math.min(100, i.visits + 2 * i.attended));
  const n = i.ratings.length;
  const mean = (i.ratings.reduce((a, b) => a + b, 0) + 12) / (n + 3);
  const rating = r1(((mean - 1) / 4) * 100);
  const answered = i.replied.filter((h) => h !== null).length;
  const fast = i.replied.filter((h) => h !== null && h <= 48).length;
  const handling = n === 0 ? 100 : r1((70 * answered) / n + (30 * fast) / n);
  return r1(0.4 * activity + 0.4 * rating + 0.2 * handling);
}

describe.each(dbKinds)('pioneer index on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: NOW });
  let county: Agent;
  let sibling: Agent;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    const members: number[] = [];
    for (let i = 0; i < 6; i++) members.push((await buildMember(t, tree.u1)).id);
    for (const [name, union] of [
      ['busy', tree.u1],
      ['quiet', tree.u2],
      ['tied', tree.u2],
      ['elsewhere', tree.u3],
    ] as const) {
      const res = await county.post('/api/stations', {
        unionId: union.id === tree.u3.id ? tree.u2.id : union.id,
        kind: 'rest',
        name,
        address: '地址',
        lat: 29.03,
        lng: 119.17,
        hours: { allDay: true, weekly: [], holidays: 'open' },
      });
      ids[name] = res.json().id;
    }
    await t.db.query(sql`update stations set union_id = ${tree.u3.id}, union_path = ${tree.u3.path}
      where id = ${ids.elsewhere}`);
    const visit = async (station: string, at: string, member = members[0]) => {
      const [v] = await t.db.query<{ id: number; union_path: string }>(sql`insert into station_visits (station_id,
          union_path, member_id, service, via, visited_at)
        select id, union_path, ${member}, 'rest', 'qr', ${at} from stations where id = ${ids[station]}
        returning id, union_path`);
      return Number(v?.id);
    };
    // busy: 60 visits this month (one at the first instant of December in China), one last month; five reviews.
    await visit('busy', '2026-11-30T16:00:00Z');
    await visit('busy', '2026-11-30T15:59:59Z');
    for (let i = 1; i < 60; i++) await visit('busy', '2026-12-10T02:00:00Z');
    const reviews: Array<[number, number | null]> = [
      [5, 2],
      [4, 48],
      [5, 49],
      [2, null],
      [3, 1],
    ];
    for (const [i, [rating, hours]] of reviews.entries()) {
      const v = await visit('busy', '2026-12-10T02:00:00Z', members[i]);
      await t.db.query(sql`insert into station_reviews (station_id, union_path, member_id, visit_id, rating,
          created_at, replied_at, reply, status)
        select station_id, union_path, member_id, id, ${rating}, '2026-12-10T02:00:00Z',
          ${hours === null ? null : new Date(Date.parse('2026-12-10T02:00:00Z') + hours * 3_600_000)},
          ${hours === null ? null : '谢谢'}, ${hours === null ? 'open' : 'answered'}
        from station_visits where id = ${v}`);
    }
    // quiet and tied: no activity at all, so the same score.
  });

  it('scores each station by the published formula and ranks them, ties sharing a rank', async () => {
    const res = await county.get('/api/stations/index?month=2026-12');
    expect(res.statusCode, res.body).toBe(200);
    const busy = published({ visits: 65, attended: 0, ratings: [5, 4, 5, 2, 3], replied: [2, 48, 49, null, 1] });
    const idle = published({ visits: 0, attended: 0, ratings: [], replied: [] });
    expect(
      res
        .json()
        .items.map((s: { station: { id: number }; score: number; rank: number }) => [s.station.id, s.score, s.rank]),
    ).toEqual([
      [ids.busy, busy, 1],
      [ids.quiet, idle, 2],
      [ids.tied, idle, 2],
    ]);
    const detail = (await county.get(`/api/stations/${ids.busy}/score?month=2026-12`)).json();
    expect(detail).toMatchObject({
      version: 'v1',
      inputs: { visits: 65, attended: 0, reviews: 5, ratingSum: 19, answered: 4, answeredIn48h: 3 },
      parts: { activity: 65, rating: 71.9, handling: 74 },
      score: busy,
    });
    // November holds the visit one second before December began in China.
    const nov = (await county.get(`/api/stations/${ids.busy}/score?month=2026-11`)).json();
    expect(nov.inputs.visits).toBe(1);
    // By union: U2's two stations only; the sibling county sees none of C1's.
    const u2 = (await county.get(`/api/stations/index?month=2026-12&unionId=${tree.u2.id}`)).json().items;
    expect(u2.map((s: { station: { id: number }; rank: number }) => [s.station.id, s.rank])).toEqual([
      [ids.quiet, 1],
      [ids.tied, 1],
    ]);
    const theirs = (await sibling.get('/api/stations/index?month=2026-12')).json().items;
    expect(theirs.map((s: { station: { id: number } }) => s.station.id)).toEqual([ids.elsewhere]);
  });

  it('adds stations, visits and the average rating to the cockpit of the subtree', async () => {
    const figures = async (agent: Agent) => {
      const all = (await agent.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>;
      return Object.fromEntries(all.filter((f) => f.key.startsWith('stations.')).map((f) => [f.key, f.value]));
    };
    expect(await figures(county)).toEqual({
      'stations.stations': 3,
      'stations.visits': 66,
      'stations.bookings': 0,
      'stations.rating': 3.8,
    });
    expect(await figures(sibling)).toEqual({
      'stations.stations': 1,
      'stations.visits': 0,
      'stations.bookings': 0,
      'stations.rating': null,
    });
  });

  it('gives the cockpit its stations panel: the map by kind, 30 China days of visits, the rating and the ranking', async () => {
    // The window's first instant (00:00 on 16 November in China) counts; one second before it does not.
    for (const at of ['2026-11-15T16:00:00Z', '2026-11-15T15:59:59Z'])
      await t.db.query(sql`insert into station_visits (station_id, union_path, member_id, service, via, visited_at)
        select s.id, s.union_path, m.id, 'rest', 'qr', ${at} from stations s, members m
        where s.id = ${ids.busy} and m.union_path = s.union_path limit 1`);
    await t.db.query(sql`update stations set kind = 'red' where id = ${ids.quiet}`);
    const res = await county.get('/api/stations/cockpit');
    expect(res.statusCode, res.body).toBe(200);
    const panel = res.json();
    expect(panel.stations.map((s: { id: number; kind: string }) => [s.id, s.kind])).toEqual([
      [ids.busy, 'rest'],
      [ids.quiet, 'red'],
      [ids.tied, 'rest'],
    ]);
    expect(panel.byKind).toEqual([
      { kind: 'rest', count: 2 },
      { kind: 'red', count: 1 },
    ]);
    const days = panel.visitsByDay as Array<{ day: string; visits: number }>;
    expect(days.length).toBe(30);
    expect([days[0]?.day, days.at(-1)?.day]).toEqual(['2026-11-16', '2026-12-15']);
    expect(days.filter((d) => d.visits > 0)).toEqual([
      { day: '2026-11-16', visits: 1 },
      { day: '2026-11-30', visits: 1 },
      { day: '2026-12-01', visits: 1 },
      { day: '2026-12-10', visits: 64 },
    ]);
    expect([panel.rating, panel.reviews, panel.bookings]).toEqual([3.8, 5, 0]);
    expect(panel.ranking.map((r: { station: { id: number }; rank: number }) => [r.station.id, r.rank])).toEqual([
      [ids.busy, 1],
      [ids.quiet, 2],
      [ids.tied, 2],
    ]);
    // A township below: its own stations only, and fewer than five reviews show no rating.
    const u2 = (await county.get(`/api/stations/cockpit?unionId=${tree.u2.id}`)).json();
    expect(u2.stations.map((s: { id: number }) => s.id)).toEqual([ids.quiet, ids.tied]);
    expect(u2.rating).toBeNull();
    const theirs = (await sibling.get('/api/stations/cockpit')).json();
    expect(theirs.stations.map((s: { id: number }) => s.id)).toEqual([ids.elsewhere]);
    expect((await sibling.get(`/api/stations/cockpit?unionId=${tree.u2.id}`)).statusCode).toBe(404);
  });
});
