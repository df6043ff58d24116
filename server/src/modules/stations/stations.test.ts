// Stations and venues through the real app: bad positions and hours refused, the nearest open station with an
// amenity, navigation links in each app's datum (the published GCJ-02 and BD-09 transforms re-computed here), QR
// visits, a manager's reach, and reviews only after a visit. Bookings are stations.bookings.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { gcjToBd, wgsToGcj } from '../../../test/datum.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

// 10:00 in China on Monday 7 December 2026.
const NOW = '2026-12-07T02:00:00Z';

const allDay = { allDay: true, weekly: [], holidays: 'open' };
const station = (unionId: number, extra: Record<string, unknown>) => ({
  unionId,
  kind: 'rest',
  name: '测试驿站',
  address: '龙游县测试路1号',
  lat: 29.0289,
  lng: 119.1726,
  hours: allDay,
  amenities: [],
  ...extra,
});

describe.each(dbKinds)('stations on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: NOW });
  let county: Agent;
  let sibling: Agent;
  let member: Agent;

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    const m = await buildMember(t, tree.u1, { name: '王小明' });
    member = await memberAgent(t, m.phone);
  });

  const count = async () => (await county.get('/api/stations?pageSize=100')).json().total as number;

  it('refuses swapped or foreign positions and broken hours, and stores nothing', async () => {
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ lat: 119.1726, lng: 29.0289 }, 'STATION_COORDS_SWAPPED'],
      [{ lat: 48.8566, lng: 2.3522 }, 'STATION_COORDS_OUTSIDE_CHINA'],
      [{ lat: -29.0289, lng: 119.1726 }, 'STATION_COORDS_OUTSIDE_CHINA'],
      [
        {
          hours: {
            allDay: false,
            weekly: [
              { day: 1, open: '08:00', close: '12:00' },
              { day: 1, open: '11:59', close: '18:00' },
            ],
            holidays: 'open',
          },
        },
        'STATION_HOURS_OVERLAP',
      ],
      [
        { hours: { allDay: false, weekly: [{ day: 2, open: '18:00', close: '09:00' }], holidays: 'open' } },
        'STATION_HOURS_BACKWARDS',
      ],
      [
        { hours: { allDay: false, weekly: [{ day: 2, open: '09:00', close: '09:00' }], holidays: 'open' } },
        'STATION_HOURS_BACKWARDS',
      ],
      [{ amenities: ['teleport'] }, 'STATION_AMENITY_UNKNOWN'],
    ];
    for (const [extra, code] of cases) {
      const res = await county.post('/api/stations', station(tree.u1.id, extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    // Two spans that only touch (12:00 close, 12:00 open) are fine.
    const touching = await county.post(
      '/api/stations',
      station(tree.u1.id, {
        name: '相接驿站',
        hours: {
          allDay: false,
          weekly: [
            { day: 1, open: '08:00', close: '12:00' },
            { day: 1, open: '12:00', close: '24:00' },
          ],
          holidays: 'open',
        },
      }),
    );
    expect(touching.statusCode, touching.body).toBe(200);
    expect(await count()).toBe(before + 1);
    expect((await sibling.post('/api/stations', station(tree.u1.id, {}))).statusCode).toBe(404);
  });

  it('stores a position typed from Amap in WGS-84 and links each app in its own datum', async () => {
    const wgs = { lat: 29.0289, lng: 119.1726 };
    const gcj = wgsToGcj(wgs.lat, wgs.lng);
    const res = await county.post(
      '/api/stations',
      station(tree.u1.id, { name: '高德取点驿站', ...gcj, datum: 'gcj02' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const created = res.json();
    // Back from GCJ-02 to within a metre of the GPS position (the inverse is iterative).
    expect(Math.abs(created.lat - wgs.lat)).toBeLessThan(1e-5);
    expect(Math.abs(created.lng - wgs.lng)).toBeLessThan(1e-5);
    const page = (await member.get(`/api/public/stations/${created.id}`)).json();
    const amap = new URL(page.navigation.amap.web);
    const [lng, lat] = (amap.searchParams.get('to') as string).split(',').map(Number) as [number, number];
    const expected = wgsToGcj(created.lat, created.lng);
    expect(Math.abs(lat - expected.lat)).toBeLessThan(2e-6);
    expect(Math.abs(lng - expected.lng)).toBeLessThan(2e-6);
    expect(amap.searchParams.get('coordinate')).toBe('gaode');
    // GCJ-02 differs from GPS by hundreds of metres here: the link is not the raw position.
    expect(Math.abs(lng - created.lng)).toBeGreaterThan(0.003);
    const bd = gcjToBd(expected.lat, expected.lng);
    const [bdLat, bdLng] = (new URL(page.navigation.baidu.web).searchParams.get('location') as string)
      .split(',')
      .map(Number) as [number, number];
    expect(Math.abs(bdLat - bd.lat)).toBeLessThan(2e-6);
    expect(Math.abs(bdLng - bd.lng)).toBeLessThan(2e-6);
    expect(page.navigation.tencent.web).toContain(`coord:${lat},${lng}`);
  });

  it('finds the nearest open stations with an amenity, nearest first', async () => {
    // Around a point in 浙江 far from the other tests' stations.
    const o = { lat: 30.5, lng: 120.5 };
    const mk = async (name: string, dLat: number, extra: Record<string, unknown>) =>
      (
        await county.post('/api/stations', station(tree.u1.id, { name, lat: o.lat + dLat, lng: o.lng, ...extra }))
      ).json().id as number;
    const charging = ['charging'];
    const near = await mk('近处充电站', 0.01, { amenities: charging });
    const nearest = await mk('最近无充电', 0.001, { amenities: ['water'] });
    // 10:00 Monday: one closes exactly now (closed), one opens exactly now (open).
    const closesNow = await mk('十点关门', 0.002, {
      amenities: charging,
      hours: { allDay: false, weekly: [{ day: 1, open: '06:00', close: '10:00' }], holidays: 'open' },
    });
    const opensNow = await mk('十点开门', 0.003, {
      amenities: charging,
      hours: { allDay: false, weekly: [{ day: 1, open: '10:00', close: '11:00' }], holidays: 'open' },
    });
    const far = await mk('远处充电站', 0.5, { amenities: charging });
    const res = await member.get(
      `/api/public/stations/nearby?lat=${o.lat}&lng=${o.lng}&amenities=charging&openNow=true&limit=3`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((s: { id: number }) => s.id)).toEqual([opensNow, near, far]);
    const km = res.json().items[1].km;
    expect(km).toBeGreaterThan(1.0);
    expect(km).toBeLessThan(1.2);
    // Without the filters, the nearest first; "open" is said of each.
    const all = (await member.get(`/api/public/stations/nearby?lat=${o.lat}&lng=${o.lng}&limit=4`)).json().items;
    expect(all.map((s: { id: number; open: boolean }) => [s.id, s.open])).toEqual([
      [nearest, true],
      [closesNow, false],
      [opensNow, true],
      [near, true],
    ]);
    // A public holiday closes a station that says so, and no other.
    await county.patch(`/api/stations/${near}`, { hours: { ...allDay, holidays: 'closed' } });
    await t.db.query(
      sql`insert into work_calendar_days (day, kind, name) values ('2026-12-07', 'holiday', '测试假日')`,
    );
    const holiday = (
      await member.get(`/api/public/stations/nearby?lat=${o.lat}&lng=${o.lng}&amenities=charging&openNow=true&limit=3`)
    ).json().items;
    expect(holiday.map((s: { id: number }) => s.id)).toEqual([opensNow, far]);
    await t.db.query(sql`delete from work_calendar_days where day = '2026-12-07'`);
    // A typed place when the position is refused: the station whose name holds it.
    const byPlace = (
      await member.get(`/api/public/stations/nearby?place=${encodeURIComponent('远处充电')}&limit=1`)
    ).json();
    expect(byPlace.origin).toMatchObject({ from: 'place', lat: o.lat + 0.5 });
    expect(byPlace.items.map((s: { id: number }) => s.id)).toEqual([far]);
    const unknown = await member.get(`/api/public/stations/nearby?place=${encodeURIComponent('火星基地')}`);
    expect(unknown.json().error.code).toBe('STATION_PLACE_UNKNOWN');
    expect((await member.get('/api/public/stations/nearby')).json().error.code).toBe('STATION_ORIGIN_REQUIRED');
    expect((await member.get('/api/public/stations/nearby?lat=120.5&lng=30.5')).json().error.code).toBe(
      'STATION_COORDS_SWAPPED',
    );
    // A retired station is found no more.
    await county.post(`/api/stations/${far}/retire`);
    const after = (await member.get(`/api/public/stations/nearby?lat=${o.lat}&lng=${o.lng}&amenities=charging`)).json();
    expect(after.items.map((s: { id: number }) => s.id)).not.toContain(far);
  });

  it('records a visit from the poster once per half hour, refusing another station’s or a replaced poster', async () => {
    const a = (
      await county.post('/api/stations', station(tree.u1.id, { name: '扫码驿站甲', amenities: ['water'] }))
    ).json();
    const b = (await county.post('/api/stations', station(tree.u1.id, { name: '扫码驿站乙' }))).json();
    const posterA = (await county.get(`/api/stations/${a.id}/poster`)).json();
    const posterB = (await county.get(`/api/stations/${b.id}/poster`)).json();
    expect(posterA.path).toBe(`/stations/${a.id}/visit?t=${encodeURIComponent(posterA.token)}`);
    const other = await member.post(`/api/me/stations/${a.id}/visits`, { token: posterB.token });
    expect(other.json().error.code).toBe('STATION_QR_OTHER');
    const forged = await member.post(`/api/me/stations/${a.id}/visits`, { token: `${posterA.token.slice(0, -4)}AAAA` });
    expect(forged.json().error.code).toBe('STATION_QR_INVALID');
    const noService = await member.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token, service: 'wifi' });
    expect(noService.json().error.code).toBe('STATION_SERVICE_UNKNOWN');
    const first = await member.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token, service: 'water' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ station: { id: a.id }, service: 'water', via: 'qr', repeated: false });
    clock.advance(29 * 60_000);
    const again = (await member.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token })).json();
    expect(again).toMatchObject({ id: first.json().id, repeated: true });
    clock.advance(60_000);
    const later = (await member.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token })).json();
    expect(later.id).not.toBe(first.json().id);
    // A new poster: the old one stops working at once.
    await county.post(`/api/stations/${a.id}/poster/reissue`);
    const stale = await member.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token });
    expect(stale.statusCode).toBe(410);
    expect(stale.json().error.code).toBe('STATION_QR_EXPIRED');
    const mine = (await member.get('/api/me/station-visits')).json();
    expect(mine.items.filter((v: { station: { id: number } }) => v.station.id === a.id)).toHaveLength(2);
    const daily = (await county.get(`/api/stations/${a.id}/visits/daily?days=3`)).json().items;
    expect(daily).toEqual([
      { day: '2026-12-05', visits: 0, members: 0 },
      { day: '2026-12-06', visits: 0, members: 0 },
      { day: '2026-12-07', visits: 2, members: 1 },
    ]);
    const listed = (await county.get(`/api/stations/${a.id}/visits`)).json().items;
    expect(listed.map((v: { member: string }) => v.member)).toEqual(['王*明', '王*明']);
    // Someone who has not joined can find stations but not check in.
    const applicant = await memberAgent(t, '13912345670');
    const refused = await applicant.post(`/api/me/stations/${a.id}/visits`, { token: posterA.token });
    expect(refused.json().error.code).toBe('STATION_NOT_MEMBER');
  });

  it('lets a manager run only the stations they are named to, and flags an impossible move', async () => {
    const mine = (await county.post('/api/stations', station(tree.u1.id, { name: '流动驿站', movable: true }))).json();
    const theirs = (await county.post('/api/stations', station(tree.u1.id, { name: '隔壁驿站' }))).json();
    const keeper = await buildAccount(t, { role: 'station_manager', union: tree.u1 });
    const outsider = await buildAccount(t, { role: 'editor', union: tree.u1 });
    const refused = await county.post(`/api/stations/${mine.id}/managers`, { username: outsider.username });
    expect(refused.json().error.code).toBe('STATION_MANAGER_NO_ROLE');
    const named = await county.post(`/api/stations/${mine.id}/managers`, { username: keeper.username });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().managers.map((m: { username: string }) => m.username)).toEqual([keeper.username]);
    const manager = await adminAgent(t, keeper);
    expect((await manager.get('/api/stations')).json().items.map((s: { id: number }) => s.id)).toEqual([mine.id]);
    expect((await manager.get(`/api/stations/${mine.id}`)).json().actions).toEqual(['operate']);
    expect((await manager.get(`/api/stations/${theirs.id}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/stations/${theirs.id}`, { contact: '1' })).statusCode).toBe(404);
    expect((await manager.patch(`/api/stations/${mine.id}`, { contact: '0570-7654321' })).json().contact).toBe(
      '0570-7654321',
    );
    expect((await manager.patch(`/api/stations/${mine.id}`, { movable: false })).statusCode).toBe(403);
    expect((await manager.post(`/api/stations/${mine.id}/managers`, { username: keeper.username })).statusCode).toBe(
      403,
    );
    expect((await sibling.get(`/api/stations/${mine.id}`)).statusCode).toBe(404);
    // A few hundred metres an hour later: fine. Two thousand kilometres a minute after that: flagged.
    clock.advance(3_600_000);
    const moved = (await manager.put(`/api/stations/${mine.id}/position`, { lat: 29.031, lng: 119.175 })).json();
    expect(moved).toMatchObject({ lat: 29.031, lng: 119.175, positionFlagged: false });
    clock.advance(60_000);
    const jump = (await manager.put(`/api/stations/${mine.id}/position`, { lat: 45.75, lng: 126.63 })).json();
    expect(jump.positionFlagged).toBe(true);
    const fixed = await manager.put(`/api/stations/${theirs.id}/position`, { lat: 29.03, lng: 119.17 });
    expect(fixed.statusCode).toBe(404);
  });

  it('takes a review only after a visit, once, as plain words, five an hour', async () => {
    const s = (await county.post('/api/stations', station(tree.u1.id, { name: '评价驿站' }))).json();
    const poster = (await county.get(`/api/stations/${s.id}/poster`)).json();
    const visit = (await member.post(`/api/me/stations/${s.id}/visits`, { token: poster.token })).json();
    expect((await member.post('/api/me/station-reviews', { rating: 5 })).json().error.code).toBe('REVIEW_NEEDS_VISIT');
    const [otherVisit] = await t.db.query<{ id: number }>(sql`insert into station_visits (station_id, union_path,
        member_id, service, via)
      values (${s.id}, ${tree.u1.path}, ${(await buildMember(t, tree.u1)).id}, 'rest', 'card') returning id`);
    expect((await member.post('/api/me/station-reviews', { visitId: otherVisit?.id, rating: 5 })).statusCode).toBe(404);
    const posted = await member.post('/api/me/station-reviews', {
      visitId: visit.id,
      rating: 4,
      comment: '<b>热水</b>很方便<script>alert(1)</script><img src=x onerror=alert(2)>',
    });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(posted.json()).toMatchObject({ rating: 4, comment: '热水很方便', name: '王*明', status: 'open' });
    const twice = await member.post('/api/me/station-reviews', { visitId: visit.id, rating: 1 });
    expect(twice.json().error.code).toBe('REVIEW_ALREADY');
    const reply = await county.post(`/api/station-reviews/${posted.json().id}/reply`, { reply: '谢谢，欢迎常来' });
    expect(reply.json()).toMatchObject({ status: 'answered', reply: '谢谢，欢迎常来' });
    const page = (await member.get(`/api/public/stations/${s.id}`)).json();
    expect(page.rating).toEqual({ average: 4, count: 1 });
    expect(page.reviews.map((r: { comment: string; reply: string }) => [r.comment, r.reply])).toEqual([
      ['热水很方便', '谢谢，欢迎常来'],
    ]);
    // Five reviews an hour: the member's fifth passes, the sixth waits.
    for (let i = 0; i < 5; i++) {
      clock.advance(31 * 60_000);
      const v = (await member.post(`/api/me/stations/${s.id}/visits`, { token: poster.token })).json();
      const res = await member.post('/api/me/station-reviews', { visitId: v.id, rating: 5 });
      expect(res.statusCode, `review ${i + 2}`).toBe(i < 4 ? 200 : 429);
    }
  });
});
