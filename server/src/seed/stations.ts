// Demo stations of 龙游县 (positions in WGS-84 around the county town and 湖镇): a red-themed station with its story,
// a 24-hour rest station with charging, a movable station, the workers' home with two bookable rooms (their slots
// are laid out by the stations.slots job at start-up), the youth league's venue and a gig-work station. The demo
// station manager runs the workers' home. Three weeks of visits by demo members give the pages and the cockpit a
// history.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const allDay = { allDay: true, weekly: [], holidays: 'open' };
const daily = (open: string, close: string, days = [1, 2, 3, 4, 5, 6, 7]) => ({
  allDay: false,
  weekly: days.map((day) => ({ day, open, close })),
  holidays: 'open',
});

const stations = [
  {
    key: 'red',
    kind: 'red',
    name: '荣昌红色驿站',
    address: '龙游县龙洲街道荣昌路与太平路交叉口',
    lat: 29.0311,
    lng: 119.1695,
    hours: daily('08:00', '20:00'),
    amenities: ['rest', 'water', 'charging', 'toilet', 'medicine'],
    story:
      '驿站由原核酸采样亭改建，墙上陈列着龙游县工人运动的老照片。每月第一个周六，劳模志愿者在这里为快递员、外卖骑手讲述“红色龙游”的故事，并提供免费电动车检测。',
    contact: '0570-7021234',
  },
  {
    key: 'donghua',
    kind: 'rest',
    name: '东华街道爱心驿站',
    address: '龙游县东华街道龙翔路88号',
    lat: 29.0265,
    lng: 119.1812,
    hours: allDay,
    amenities: ['rest', 'water', 'heating', 'charging', 'toilet', 'wifi'],
    story: '',
    contact: '0570-7025678',
  },
  {
    key: 'mobile',
    kind: 'rest',
    name: '暖“新”流动驿站（1号车）',
    address: '每周在城区外卖站点间轮换，位置以地图为准',
    lat: 29.0236,
    lng: 119.165,
    hours: daily('07:00', '21:00'),
    amenities: ['rest', 'water', 'charging', 'medicine'],
    story: '',
    contact: '',
    movable: true,
  },
  {
    key: 'home',
    kind: 'workers_home',
    name: '龙游县职工之家',
    address: '龙游县龙洲街道文化路12号',
    lat: 29.0298,
    lng: 119.1751,
    hours: {
      allDay: false,
      weekly: [
        ...[1, 2, 3, 4, 5].map((day) => ({ day, open: '08:30', close: '20:30' })),
        ...[6, 7].map((day) => ({ day, open: '09:00', close: '17:00' })),
      ],
      holidays: 'closed',
    },
    amenities: ['rest', 'water', 'toilet', 'wifi'],
    story: '',
    contact: '0570-7029999',
  },
  {
    key: 'youth',
    kind: 'partner_venue',
    owner: 'youth_league',
    ownerName: '共青团龙游县委青年之家',
    name: '龙游青年之家',
    address: '龙游县龙洲街道西湖路6号',
    lat: 29.033,
    lng: 119.178,
    hours: daily('09:00', '21:00'),
    amenities: ['rest', 'wifi', 'water'],
    story: '',
    contact: '',
  },
  {
    key: 'gig',
    kind: 'gig',
    name: '龙游县零工驿站',
    address: '龙游县东华街道人力资源市场一楼',
    lat: 29.0205,
    lng: 119.1788,
    hours: daily('08:00', '18:00', [1, 2, 3, 4, 5, 6]),
    amenities: ['rest', 'water', 'charging', 'wifi'],
    story: '',
    contact: '0570-7023300',
  },
  {
    key: 'huzhen',
    kind: 'rest',
    name: '湖镇镇爱心驿站',
    address: '龙游县湖镇镇湖镇大街101号',
    lat: 29.1106,
    lng: 119.0589,
    hours: allDay,
    amenities: ['rest', 'water', 'charging', 'heating'],
    story: '',
    contact: '',
  },
] as const;

export async function seedStations(db: Queryable, longyou: { id: number; path: string }) {
  const ids = new Map<string, number>();
  for (const s of stations) {
    const [row] = await db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, owner,
        owner_name, name, address, lat, lng, hours, amenities, story, contact, movable)
      values (${longyou.id}, ${longyou.path}, ${s.kind}, ${'owner' in s ? s.owner : 'union'},
        ${'ownerName' in s ? s.ownerName : ''}, ${s.name}, ${s.address}, ${s.lat}, ${s.lng},
        ${JSON.stringify(s.hours)}::jsonb, ${[...s.amenities]}::text[], ${s.story}, ${s.contact},
        ${'movable' in s ? s.movable : false})
      returning id`);
    ids.set(s.key, Number(row?.id));
  }
  const home = ids.get('home');
  await db.query(sql`insert into station_rooms (station_id, name, capacity, slot_minutes, weekdays, day_opens,
      day_closes, horizon_days, release_time, per_member_limit, cancel_hours, needs_approval)
    values (${home}, '职工书屋', 8, 60, '{1,2,3,4,5,6,7}', '09:00', '17:00', 7, '08:00', 2, 2, false),
      (${home}, '乒乓球室', 4, 60, '{1,2,3,4,5,6}', '14:00', '20:00', 3, '08:00', 1, 2, true)`);
  const [keeper] = await db.query<{ id: number }>(sql`select id from accounts where username = 'station'`);
  if (keeper) await db.query(sql`insert into station_managers (station_id, account_id) values (${home}, ${keeper.id})`);
  await seedVisits(db, longyou, [...ids.values()]);
}

/**
 * Three weeks of e-card and QR visits by the county's demo members, a few a day at each station, so the station
 * pages, the index and the cockpit's trend have something to show. Deterministic: the same demo every start.
 */
async function seedVisits(db: Queryable, longyou: { path: string }, stationIds: number[]) {
  const members = await db.query<{ id: number }>(sql`select id from members where status = 'active'
    and union_path >= ${longyou.path} and union_path < ${`${longyou.path}~`} order by id limit 60`);
  if (members.length === 0) return;
  let seed = 20261203;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const day = 86_400_000;
  const startOfToday = Date.parse(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00+08:00`);
  const rows: { station: number; member: number; at: Date; via: string }[] = [];
  for (let d = 21; d >= 1; d--)
    for (const station of stationIds)
      for (let i = next(6); i > 0; i--)
        rows.push({
          station,
          member: Number(members[next(members.length)]?.id),
          at: new Date(startOfToday - d * day + (8 + next(12)) * 3_600_000 + next(60) * 60_000),
          via: next(3) === 0 ? 'card' : 'qr',
        });
  await db.query(sql`insert into station_visits (station_id, union_path, member_id, service, via, visited_at)
    select t.s, st.union_path, t.m, 'rest', t.v, t.a
    from unnest(${rows.map((r) => r.station)}::bigint[], ${rows.map((r) => r.member)}::bigint[],
      ${rows.map((r) => r.via)}::text[], ${rows.map((r) => r.at)}::timestamptz[]) as t(s, m, v, a)
    join stations st on st.id = t.s`);
}
