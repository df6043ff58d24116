import { bulkInsertMembers } from '../server/src/modules/members/members.changes.js';
import { createSession } from '../server/src/platform/auth/sessions.js';
import { openDb } from '../server/src/platform/db.js';
import { sql } from '../server/src/platform/sql.js';
import { rng } from '../server/src/seed/generators.js';
import { benchDatabase, benchMember } from './database.js';
import { arg, ms, pct } from './figures.js';
import { burst, connect, disconnect } from './http-load.js';
import { startServer, stopServer } from './server-process.js';

const STATIONS = Number(arg('stations', '10000'));
const MEMBERS = Number(arg('members', '2000'));
const SLOTS = Number(arg('slots', '50'));
const CONNECTIONS = Number(arg('connections', '200'));
const ONLY = arg('only', '');
const PAGE_LEAD_MS = 10_500;

async function scenario(kind: 'pglite' | 'postgres') {
  const { cluster, env, config, pii, db } = await benchDatabase(kind, 'stations');
  const r = rng(14);
  const [county] = await db.query<{ id: number }>(sql`insert into unions (parent_id, path, name, level, formation)
    values (null, 'x', '基准省总工会', 'province', 'area') returning id`);
  const countyPath = `/${county?.id}/`;
  await db.query(sql`update unions set path = ${countyPath} where id = ${county?.id}`);
  // Stations over Zhejiang: four in ten with charging, half round the clock and half open 08:00–20:00.
  const allDay = JSON.stringify({ allDay: true, weekly: [], holidays: 'open' });
  const dayTime = JSON.stringify({
    allDay: false,
    weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '08:00', close: '20:00' })),
    holidays: 'closed',
  });
  for (let i = 0; i < STATIONS; i += 1000) {
    const n = Math.min(1000, STATIONS - i);
    const lat = Array.from({ length: n }, () => 27.1 + r.next() * 4);
    const lng = Array.from({ length: n }, () => 118.1 + r.next() * 4.6);
    const hours = Array.from({ length: n }, () => (r.next() < 0.5 ? allDay : dayTime));
    const charging = Array.from({ length: n }, () => (r.next() < 0.4 ? '{rest,water,charging}' : '{rest,water}'));
    await db.query(sql`insert into stations (union_id, union_path, kind, name, address, lat, lng, hours, amenities)
      select ${county?.id}, ${countyPath}, 'rest', '基准驿站' || (${i} + o), '基准地址', la, ln, h::jsonb, a::text[]
      from unnest(${lat}::float8[], ${lng}::float8[], ${hours}::text[], ${charging}::text[])
        with ordinality as t(la, ln, h, a, o)`);
  }
  // Two rooms, each with SLOTS one-place slots from tomorrow, released once everything is seeded: the first a
  // minute after seeding began, on a server that has answered nothing that touches a booking yet; the second 20 s
  // later, on the same server, now warm (its connections open and its plans cached), as a server is after a day.
  // Before each release the crowd opens the room's page.
  const [station] = await db.query<{ id: number }>(sql`select id from stations order by id limit 1`);
  const releases: Array<{ roomId: number; at: Date; slotIds: number[]; day: string }> = [];
  for (const [n, name] of ['基准活动室', '基准羽毛球场'].entries()) {
    const [room] = await db.query<{ id: number }>(sql`insert into station_rooms (station_id, name, capacity,
        slot_minutes, weekdays, day_opens, day_closes, horizon_days, per_member_limit)
      values (${station?.id}, ${name}, 1, 30, '{1,2,3,4,5,6,7}', '00:00', '24:00', 1, 1) returning id`);
    const at = new Date(Date.now() + 60_000 + n * 20_000);
    const slotIds: number[] = [];
    for (let i = 0; i < SLOTS; i++) {
      // The second room's slots come after the first's, so a member's two bookings never overlap.
      const starts = new Date(Date.now() + 86_400_000 + (n * SLOTS + i) * 1_800_000);
      const [s] = await db.query<{ id: number }>(sql`insert into room_slots (room_id, station_id, starts_at, ends_at,
          opens_at, capacity)
        values (${room?.id}, ${station?.id}, ${starts}, ${new Date(starts.getTime() + 1_800_000)}, ${at}, 1)
        returning id`);
      slotIds.push(Number(s?.id));
    }
    // The China day of the room's first slot: the page the crowd has open before the release.
    const first = new Date(Date.now() + 86_400_000 + n * SLOTS * 1_800_000);
    const day = new Date(first.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    releases.push({ roomId: Number(room?.id), at, slotIds, day });
  }
  const seen = new Set<string>();
  const people = Array.from({ length: MEMBERS }, (_, i) =>
    benchMember(r, seen, { i, unionId: Number(county?.id), unionPath: countyPath }),
  );
  await bulkInsertMembers(db, pii, people);
  const sessions: Array<{ cookie: string; csrf: string }> = [];
  for (const p of people) {
    const s = await createSession(db, {
      kind: 'member',
      phoneHash: pii.hash('phone', p.phone),
      stage: 'full',
      ip: '127.0.0.1',
      userAgent: 'bench',
    });
    sessions.push({ cookie: `zg_sid=${s.token}`, csrf: s.csrfToken });
  }
  await db.close();
  console.log(`\n[${kind}] seeded ${STATIONS} stations, ${MEMBERS} members with sessions, ${SLOTS} slots`);

  const port = kind === 'postgres' ? 3961 : 3960;
  const url = `http://127.0.0.1:${port}`;
  const server = await startServer(env, port);
  try {
    // ---- The finder, one request at a time (a phone's page load), beside the no-op ----
    const one = connect([url], 1);
    await burst(one, 300, () => ({ path: '/api/ping', method: 'GET' }));
    const near = (i: number) => {
      const q = new URLSearchParams({
        lat: (27.3 + ((i * 37) % 360) / 100).toFixed(4),
        lng: (118.3 + ((i * 53) % 420) / 100).toFixed(4),
        amenities: 'charging',
        openNow: 'true',
        limit: '20',
      });
      return { path: `/api/public/stations/nearby?${q}`, method: 'GET' as const };
    };
    // The first search builds the tree.
    const first = await burst(one, 1, near, () => true);
    const found = JSON.parse(first.shots[0]?.body ?? '{}') as { items?: unknown[] };
    await burst(one, 200, near);
    const noop = await burst(one, 1000, () => ({ path: '/api/ping', method: 'GET' }));
    const finder = await burst(one, 1000, near);
    disconnect(one);

    // ---- The slot release ----
    const pools = connect([url], CONNECTIONS);
    await burst(pools, 3000, () => ({ path: '/api/ping', method: 'GET' }));
    const noopBurst = await burst(pools, MEMBERS, () => ({ path: '/api/ping', method: 'GET' }));
    // The same burst carrying each member's session cookie: what reading 2,000 sessions costs before any handler.
    const cookieBurst = await burst(pools, MEMBERS, (i) => ({
      path: '/api/ping',
      method: 'GET',
      headers: { cookie: (sessions[i] as { cookie: string }).cookie },
    }));
    const rushes: Array<Awaited<ReturnType<typeof burst>>> = [];
    const pageLoads: Array<Map<number, number>> = [];
    for (const release of releases) {
      // The crowd opens the room's page in the 10 s before the release, as members waiting for 08:00 do: each loads
      // the day's slots, 100 members every half second.
      const onPage = release.at.getTime() - PAGE_LEAD_MS - Date.now();
      if (onPage > 0) await new Promise((resolve) => setTimeout(resolve, onPage));
      const pageStatuses = new Map<number, number>();
      for (let from = 0; from < MEMBERS; from += 100) {
        const wave = performance.now();
        const page = await burst(pools, Math.min(100, MEMBERS - from), (i) => ({
          path: `/api/me/station-rooms/${release.roomId}/slots?day=${release.day}`,
          method: 'GET',
          headers: { cookie: (sessions[from + i] as { cookie: string }).cookie },
        }));
        for (const shot of page.shots) pageStatuses.set(shot.status, (pageStatuses.get(shot.status) ?? 0) + 1);
        const rest = 500 - (performance.now() - wave);
        if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
      }
      pageLoads.push(pageStatuses);
      const wait = release.at.getTime() - Date.now();
      if (wait < 0) console.log(`(the release began ${-wait} ms before the rush: seeding took longer than planned)`);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      rushes.push(
        await burst(pools, MEMBERS, (i) => {
          const s = sessions[i] as { cookie: string; csrf: string };
          return {
            path: '/api/me/room-bookings',
            method: 'POST',
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
            body: JSON.stringify({ slotId: release.slotIds[i % SLOTS] }),
          };
        }),
      );
    }
    disconnect(pools);
    await stopServer(server);

    const check = await openDb(config);
    const counts: Array<{ bookings: number; booked: number; over: number; twice: number }> = [];
    for (const { roomId } of releases) {
      const [c] = await check.query<{ bookings: number; booked: number; over: number; twice: number }>(sql`select
          (select count(*)::int from room_bookings where status = 'confirmed' and room_id = ${roomId}) as bookings,
          (select coalesce(sum(booked), 0)::int from room_slots where room_id = ${roomId}) as booked,
          (select count(*)::int from room_slots s where s.room_id = ${roomId} and (s.booked > s.capacity
            or s.booked <> (select count(*) from room_bookings b where b.slot_id = s.id and b.status = 'confirmed')))
            as over,
          (select count(*)::int from (select slot_id from room_bookings where status = 'confirmed'
            and room_id = ${roomId} group by slot_id having count(*) > 1) d) as twice`);
      counts.push(c as (typeof counts)[number]);
    }
    await check.close();

    const line = (what: string, value: string, goal = '') => console.log(`| ${what} | ${value} | ${goal} |`);
    console.log(`\n| figure (${kind}) | this run | goal |\n|---|---|---|`);
    const noopMs = noop.shots.map((s) => s.ms);
    const finderMs = finder.shots.map((s) => s.ms);
    line('no-op p50 / p95, one at a time (reference)', `${ms(pct(noopMs, 50))} / ${ms(pct(noopMs, 95))}`);
    line(
      `nearest 20 open now with charging, ${STATIONS} stations: p50 / p95`,
      `${ms(pct(finderMs, 50))} / ${ms(pct(finderMs, 95))}`,
      'p95 ≤ 20 ms',
    );
    line('  the same, × no-op p95', (pct(finderMs, 95) / pct(noopMs, 95)).toFixed(1));
    line('first search (builds the tree)', `${ms(first.shots[0]?.ms ?? 0)}, ${found.items?.length ?? 0} found`);
    const noopBurstMs = noopBurst.shots.map((s) => s.ms);
    line(`no-op burst of ${MEMBERS} over ${CONNECTIONS} connections: p99 (reference)`, ms(pct(noopBurstMs, 99)));
    line(
      '  the same with each member’s session cookie: p50 / p99',
      `${ms(
        pct(
          cookieBurst.shots.map((s) => s.ms),
          50,
        ),
      )} / ${ms(
        pct(
          cookieBurst.shots.map((s) => s.ms),
          99,
        ),
      )}`,
    );
    for (const [n, rush] of rushes.entries()) {
      const c = counts[n];
      const rushMs = rush.shots.map((s) => s.ms);
      const statuses = new Map<number, number>();
      for (const s of rush.shots) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
      line(
        `slot release ${n === 0 ? 'on a cold server' : 'on a warm server'}: ${MEMBERS} members, ${SLOTS} one-place slots: p50 / p99`,
        `${ms(pct(rushMs, 50))} / ${ms(pct(rushMs, 99))}`,
        'p99 ≤ 200 ms',
      );
      line('  p99 × the no-op burst’s p99', (pct(rushMs, 99) / pct(noopBurstMs, 99)).toFixed(1));
      line(
        '  the room’s page loaded by each member in the 10 s before: answers',
        [...(pageLoads[n] ?? [])].map(([k, v]) => `${v} × ${k}`).join(', '),
        `${MEMBERS} × 200`,
      );
      line('  answers', [...statuses].map(([k, v]) => `${v} × ${k}`).join(', '), '0 × 5xx');
      // Where the tail is: the winners' bookings, or the crowd refused behind them.
      const of = (status: number) => rush.shots.filter((s) => s.status === status).map((s) => s.ms);
      line(
        '  booked (200) p50 / p99; refused (409) p50 / p99',
        `${ms(pct(of(200), 50))} / ${ms(pct(of(200), 99))}; ${ms(pct(of(409), 50))} / ${ms(pct(of(409), 99))}`,
      );
      line('  places taken (tables) / slots', `${c?.bookings} / ${SLOTS} (counters ${c?.booked})`, `exactly ${SLOTS}`);
      line('  slots over capacity or out of step; slots held twice', `${c?.over}; ${c?.twice}`, '0; 0');
    }
  } finally {
    cluster?.stop();
  }
}

if (ONLY !== 'postgres') await scenario('pglite');
if (ONLY !== 'pglite') await scenario('postgres');
process.exit(0);
