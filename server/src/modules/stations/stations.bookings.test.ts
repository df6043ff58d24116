// Booking rooms through the real app: release at the horizon to the millisecond, a slot's capacity exact, no
// member's two bookings overlapping, the per-member limit, the cancellation deadline on its edge, approval, check-in
// by scanning the poster, reviews of attended bookings, and no-shows that pause booking. A property test runs
// generated sequences of bookings and cancellations against a model of the rules written here.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { markNoShows } from './stations.rooms.js';

// 08:30 in China on Monday 7 December 2026.
const NOW = '2026-12-07T00:30:00Z';
const china = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`);

describe.each(dbKinds)('room bookings on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: NOW });
  let county: Agent;
  let alice: Agent;
  let bob: Agent;
  let carol: Agent;
  let stationId: number;
  let roomId: number;
  let poster: string;

  const slotAt = async (room: number, day: string, hhmm: string, agent: Agent = alice) => {
    const items = (await agent.get(`/api/me/station-rooms/${room}/slots?day=${day}`)).json().items as Array<{
      id: number;
      startsAt: string;
      left: number;
      bookable: boolean;
      mine: number | null;
    }>;
    const slot = items.find((s) => s.startsAt === china(day, hhmm).toISOString());
    if (!slot) throw new Error(`no slot ${day} ${hhmm}`);
    return slot;
  };
  const book = (agent: Agent, slotId: number) => agent.post('/api/me/room-bookings', { slotId });
  const room = async (extra: Record<string, unknown> = {}) => {
    const res = await county.post(`/api/stations/${stationId}/rooms`, {
      name: '职工书屋',
      capacity: 2,
      slotMinutes: 60,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      dayOpens: '09:00',
      dayCloses: '12:00',
      horizonDays: 2,
      releaseTime: '08:00',
      perMemberLimit: 2,
      cancelHours: 2,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().id as number;
  };

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    alice = await memberAgent(t, (await buildMember(t, tree.u1, { name: '艾丽丝' })).phone);
    bob = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    carol = await memberAgent(t, (await buildMember(t, tree.u2)).phone);
    const s = await county.post('/api/stations', {
      unionId: tree.u1.id,
      kind: 'workers_home',
      name: '职工之家',
      address: '龙游县荣昌路1号',
      lat: 29.03,
      lng: 119.17,
      hours: { allDay: true, weekly: [], holidays: 'open' },
    });
    stationId = s.json().id;
    roomId = await room();
    poster = (await county.get(`/api/stations/${stationId}/poster`)).json().token;
  });

  it('lays out slots from the opening rule and releases each day at the horizon, to the millisecond', async () => {
    const wed = (await alice.get(`/api/me/station-rooms/${roomId}/slots?day=2026-12-09`)).json().items;
    expect(
      wed.map((s: { startsAt: string; left: number; bookable: boolean }) => [s.startsAt, s.left, s.bookable]),
    ).toEqual([
      [china('2026-12-09', '09:00').toISOString(), 2, true],
      [china('2026-12-09', '10:00').toISOString(), 2, true],
      [china('2026-12-09', '11:00').toISOString(), 2, true],
    ]);
    const thu = await slotAt(roomId, '2026-12-10', '09:00');
    expect(thu.bookable).toBe(false);
    const early = await book(alice, thu.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'ROOM_SLOT_NOT_RELEASED' });
    expect(early.json().error.message).toContain('2026-12-08 08:00');
    const bad = await county.post(`/api/stations/${stationId}/rooms`, {
      name: '倒挂',
      capacity: 1,
      slotMinutes: 60,
      weekdays: [1],
      dayOpens: '12:00',
      dayCloses: '09:00',
      horizonDays: 1,
    });
    expect(bad.json().error.code).toBe('STATION_HOURS_BACKWARDS');
  });

  it('fills a slot exactly to capacity and refuses a second, overlapping or over-limit booking', async () => {
    const slot = await slotAt(roomId, '2026-12-09', '10:00');
    const first = await book(alice, slot.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'confirmed', room: { id: roomId }, station: { id: stationId } });
    // The answer is the booking as stored: the member's list shows the same, and its audit row names it.
    const listed = (await alice.get('/api/me/room-bookings')).json().items as Array<{ id: number }>;
    expect(listed.find((b) => b.id === first.json().id)).toEqual(first.json());
    const audited = await t.db.query(sql`select actor_kind, action from audit_events
      where target_type = 'room_booking' and target_id = ${String(first.json().id)}`);
    expect(audited).toEqual([{ actor_kind: 'member', action: 'station.booking.create' }]);
    expect((await book(bob, slot.id)).statusCode).toBe(200);
    const third = await book(carol, slot.id);
    expect(third.json().error.code).toBe('ROOM_SLOT_FULL');
    expect((await slotAt(roomId, '2026-12-09', '10:00')).left).toBe(0);
    expect((await book(alice, slot.id)).json().error.code).toBe('ROOM_SLOT_FULL');
    // Another room at the same hour: Alice is already booked then.
    const court = await room({ name: '羽毛球场', capacity: 4 });
    const sameHour = await slotAt(court, '2026-12-09', '10:00');
    expect((await book(alice, sameHour.id)).json().error.code).toBe('ROOM_BOOKING_OVERLAP');
    const nine = await slotAt(court, '2026-12-09', '09:00');
    expect((await book(alice, nine.id)).statusCode).toBe(200);
    expect((await book(alice, nine.id)).json().error.code).toBe('ROOM_BOOKING_TWICE');
    // Two upcoming bookings of one room at most.
    expect((await book(alice, (await slotAt(roomId, '2026-12-08', '09:00')).id)).statusCode).toBe(200);
    const over = await book(alice, (await slotAt(roomId, '2026-12-08', '11:00')).id);
    expect(over.json().error).toMatchObject({ code: 'ROOM_BOOKING_LIMIT' });
    const [row] = await t.db.query<{ booked: number; live: number }>(sql`select booked,
        (select count(*)::int from room_bookings b where b.slot_id = s.id and b.status in ('pending', 'confirmed'))
          as live
      from room_slots s where id = ${slot.id}`);
    expect(row).toEqual({ booked: 2, live: 2 });
  });

  it('holds the per-member limit when one member books several slots at the same moment', async () => {
    const hall = await room({ name: '多功能厅', capacity: 5, perMemberLimit: 1 });
    const dave = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const slots = await Promise.all(['09:00', '10:00', '11:00'].map((h) => slotAt(hall, '2026-12-08', h, dave)));
    // On PostgreSQL the three are made to overlap for sure: the slots' rows are held locked until all three
    // bookings wait on a lock. Without the member's lock each would count no booking of the room, and all three
    // would then take their place once the rows are let go.
    let letGo = () => {};
    const holding = new Promise<void>((held) => {
      if (kind === 'pglite') return held();
      void t.db.transaction(async (tx) => {
        await tx.query(sql`select id from room_slots where room_id = ${hall} for update`);
        held();
        await new Promise<void>((resolve) => {
          letGo = resolve;
        });
      });
    });
    await holding;
    const pending = Promise.all(slots.map((s) => book(dave, s.id)));
    if (kind === 'postgres') {
      await expect
        .poll(
          async () =>
            (
              await t.db.query<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity
                where wait_event_type = 'Lock' and query like '%book_room_slot%'`)
            )[0]?.n,
        )
        .toBe(3);
      letGo();
    }
    const answers = await pending;
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    expect(answers.filter((a) => a.statusCode === 409).map((a) => a.json().error.code)).toEqual([
      'ROOM_BOOKING_LIMIT',
      'ROOM_BOOKING_LIMIT',
    ]);
    const [places] = await t.db.query<{ booked: number; live: number }>(sql`select sum(booked)::int as booked,
        (select count(*)::int from room_bookings where room_id = ${hall} and status = 'confirmed') as live
      from room_slots where room_id = ${hall}`);
    expect(places).toEqual({ booked: 1, live: 1 });
  });

  it('cancels up to the deadline exactly, freeing the place at once', async () => {
    const slot = await slotAt(roomId, '2026-12-09', '10:00');
    const mine = (await alice.get('/api/me/room-bookings'))
      .json()
      .items.find((b: { slotId: number }) => b.slotId === slot.id);
    expect(mine.cancelUntil).toBe(china('2026-12-09', '08:00').toISOString());
    expect(mine.actions).toEqual(['cancel']);
    clock.set(china('2026-12-09', '08:00'));
    const cancelled = await alice.post(`/api/me/room-bookings/${mine.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', actions: [] });
    expect((await slotAt(roomId, '2026-12-09', '10:00')).left).toBe(1);
    expect((await book(carol, slot.id)).statusCode).toBe(200);
    const bobs = (await bob.get('/api/me/room-bookings'))
      .json()
      .items.find((b: { slotId: number }) => b.slotId === slot.id);
    clock.set(new Date(china('2026-12-09', '08:00').getTime() + 1));
    const late = await bob.post(`/api/me/room-bookings/${bobs.id}/cancel`);
    expect(late.json().error.code).toBe('ROOM_CANCEL_TOO_LATE');
    // Once a slot has begun, it cannot be booked.
    clock.set(china('2026-12-09', '11:00'));
    const started = await book(bob, (await slotAt(roomId, '2026-12-09', '11:00')).id);
    expect(started.json().error.code).toBe('ROOM_SLOT_PAST');
  });

  it('checks a booking in when its member scans the poster, and only then takes a review of it', async () => {
    clock.set(china('2026-12-09', '09:35'));
    const bobs = (await bob.get('/api/me/room-bookings'))
      .json()
      .items.find((b: { startsAt: string }) => b.startsAt === china('2026-12-09', '10:00').toISOString());
    expect(bobs.reviewable).toBe(false);
    expect((await bob.post('/api/me/station-reviews', { bookingId: bobs.id, rating: 5 })).json().error.code).toBe(
      'REVIEW_NEEDS_VISIT',
    );
    const visit = (await bob.post(`/api/me/stations/${stationId}/visits`, { token: poster })).json();
    expect(visit.bookingId).toBe(bobs.id);
    const after = (await bob.get('/api/me/room-bookings')).json().items.find((b: { id: number }) => b.id === bobs.id);
    expect(after).toMatchObject({ status: 'attended', reviewable: true });
    const reviewed = await bob.post('/api/me/station-reviews', { bookingId: bobs.id, rating: 5, comment: '安静' });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    // The manager sees the day's bookings with masked names.
    const day = (await county.get(`/api/stations/${stationId}/bookings?day=2026-12-09`)).json().items;
    expect(day.map((b: { status: string; startsAt: string }) => [b.startsAt.slice(11, 16), b.status])).toEqual([
      ['01:00', 'confirmed'],
      ['02:00', 'cancelled'],
      ['02:00', 'attended'],
      ['02:00', 'confirmed'],
    ]);
  });

  it('asks the manager first where the room needs approval; a rejection frees the place', async () => {
    clock.set(china('2026-12-09', '12:00'));
    const hall = await room({ name: '会议室', capacity: 1, needsApproval: true, horizonDays: 5 });
    const slot = await slotAt(hall, '2026-12-11', '09:00');
    const pending = (await book(alice, slot.id)).json();
    expect(pending.status).toBe('pending');
    expect((await book(bob, slot.id)).json().error.code).toBe('ROOM_SLOT_FULL');
    const staff = (await county.get(`/api/stations/${stationId}/bookings?status=pending`)).json().items;
    expect(staff.map((b: { id: number; member: string; actions: string[] }) => [b.id, b.member, b.actions])).toEqual([
      [pending.id, '艾*丝', ['approve', 'reject']],
    ]);
    const rejected = await county.post(`/api/room-bookings/${pending.id}/reject`, { reason: '当天场地维修' });
    expect(rejected.json().status).toBe('rejected');
    // The full-slot memory of this process forgets the slot once a place is freed.
    const bobs = await book(bob, slot.id);
    expect(bobs.statusCode, bobs.body).toBe(200);
    expect((await county.post(`/api/room-bookings/${bobs.json().id}/approve`)).json().status).toBe('confirmed');
    expect((await county.post(`/api/room-bookings/${bobs.json().id}/approve`)).json().error.code).toBe(
      'ROOM_BOOKING_WRONG_STATE',
    );
  });

  it('marks bookings nobody came to as no-shows, and pauses booking after the third in 30 days', async () => {
    const dave = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const gym = await room({ name: '健身房', capacity: 10, perMemberLimit: 5, horizonDays: 10 });
    clock.set(china('2026-12-09', '12:00'));
    const booked: number[] = [];
    for (const day of ['2026-12-10', '2026-12-11', '2026-12-12']) {
      const res = await book(dave, (await slotAt(gym, day, '09:00', dave)).id);
      expect(res.statusCode, res.body).toBe(200);
      booked.push(res.json().id);
    }
    // 30 minutes after the third ended (10:00 + 30 min), nobody having come: three no-shows.
    clock.set(china('2026-12-12', '10:29'));
    await markNoShows({ ...systemCtx(t.services) });
    const twoSoFar = (await dave.get('/api/me/room-bookings?status=no_show')).json().total;
    expect(twoSoFar).toBe(2);
    clock.set(china('2026-12-12', '10:31'));
    await markNoShows({ ...systemCtx(t.services) });
    expect((await dave.get('/api/me/room-bookings?status=no_show')).json().total).toBe(3);
    const blocked = await book(dave, (await slotAt(gym, '2026-12-14', '09:00', dave)).id);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.message).toContain('2026-12-26 09:00');
    // Fourteen days after the last no-show, booking opens again.
    clock.set(china('2026-12-26', '09:00'));
    const gymSlots = await county.get(`/api/station-rooms/${gym}/slots?day=2026-12-27`);
    expect(gymSlots.statusCode).toBe(200);
    await t.db.query(sql`insert into room_slots (room_id, station_id, starts_at, ends_at, opens_at, capacity)
      values (${gym}, ${stationId}, ${china('2026-12-27', '09:00')}, ${china('2026-12-27', '10:00')},
        ${china('2026-12-20', '08:00')}, 10) on conflict do nothing`);
    expect((await book(dave, (await slotAt(gym, '2026-12-27', '09:00', dave)).id)).statusCode).toBe(200);
  });
});

// ---- The property: generated bookings and cancellations against a model of the rules ----
describe('room bookings, generated sequences (pglite)', () => {
  const { t, tree, clock } = useWorld('pglite', { clock: NOW });
  const members: Agent[] = [];
  let stationId: number;
  let run = 0;

  beforeAll(async () => {
    const county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    for (let i = 0; i < 4; i++) members.push(await memberAgent(t, (await buildMember(t, tree.u1)).phone));
    stationId = (
      await county.post('/api/stations', {
        unionId: tree.u1.id,
        kind: 'activity_centre',
        name: '活动中心',
        address: '龙游县1号',
        lat: 29.03,
        lng: 119.17,
        hours: { allDay: true, weekly: [], holidays: 'open' },
      })
    ).json().id;
  });

  it('never passes capacity, never overlaps a member, and agrees with the model', async () => {
    const op = fc.record({
      member: fc.integer({ min: 0, max: 3 }),
      slot: fc.integer({ min: 0, max: 3 }),
      cancel: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        run += 1;
        // Each run on days of its own: two rooms; slots 0–2 in room A at 09, 10, 11; slot 3 in room B at 10.
        const day = new Date(Date.parse(NOW) + (run + 1) * 86_400_000);
        const at = (h: number) => new Date(day.getTime() + h * 3_600_000);
        const [a] = await t.db.query<{ id: number }>(sql`insert into station_rooms (station_id, name, capacity,
            slot_minutes, weekdays, day_opens, day_closes, horizon_days, per_member_limit, cancel_hours)
          values (${stationId}, 'A', 2, 60, '{1}', '09:00', '12:00', 1, 2, 0) returning id`);
        const [b] = await t.db.query<{ id: number }>(sql`insert into station_rooms (station_id, name, capacity,
            slot_minutes, weekdays, day_opens, day_closes, horizon_days, per_member_limit, cancel_hours)
          values (${stationId}, 'B', 1, 60, '{1}', '09:00', '12:00', 1, 2, 0) returning id`);
        const slots: Array<{ id: number; room: number; hour: number; capacity: number }> = [];
        for (const [room, hour, capacity] of [
          [a?.id, 1, 2],
          [a?.id, 2, 2],
          [a?.id, 3, 2],
          [b?.id, 2, 1],
        ] as const) {
          const [s] = await t.db.query<{ id: number }>(sql`insert into room_slots (room_id, station_id, starts_at,
              ends_at, opens_at, capacity)
            values (${room}, ${stationId}, ${at(hour)}, ${at(hour + 1)}, ${clock.now()}, ${capacity}) returning id`);
          slots.push({ id: Number(s?.id), room: Number(room), hour, capacity });
        }
        // The model: live bookings as (member, slot index), and each booking's id.
        const live = new Map<string, number>();
        for (const { member, slot, cancel } of ops) {
          const key = `${member}:${slot}`;
          const target = slots[slot] as (typeof slots)[number];
          if (cancel) {
            const id = live.get(key);
            if (id === undefined) continue;
            const res = await members[member]?.post(`/api/me/room-bookings/${id}/cancel`);
            expect(res?.statusCode).toBe(200);
            live.delete(key);
            continue;
          }
          const mine = [...live.keys()]
            .filter((k) => k.startsWith(`${member}:`))
            .map((k) => slots[Number(k.split(':')[1])]);
          const taken = [...live.keys()].filter((k) => k.endsWith(`:${slot}`)).length;
          const expected = live.has(key)
            ? 'ROOM_BOOKING_TWICE'
            : taken >= target.capacity
              ? 'ROOM_SLOT_FULL'
              : mine.filter((s) => s?.room === target.room).length >= 2
                ? 'ROOM_BOOKING_LIMIT'
                : mine.some((s) => s?.hour === target.hour)
                  ? 'ROOM_BOOKING_OVERLAP'
                  : 'ok';
          const res = await members[member]?.post('/api/me/room-bookings', { slotId: target.id });
          const got = res?.statusCode === 200 ? 'ok' : res?.json().error.code;
          // A full slot is said before the member's own reasons: both refuse, and only the code may differ.
          if (expected === 'ok' || got === 'ok') expect(got).toBe(expected);
          if (got === 'ok') live.set(key, res?.json().id);
        }
        const rows = await t.db.query<{ id: number; booked: number; capacity: number; live: number }>(sql`select s.id,
            s.booked, s.capacity,
            (select count(*)::int from room_bookings b where b.slot_id = s.id and b.status in ('pending', 'confirmed'))
              as live
          from room_slots s where s.id = any(${slots.map((s) => s.id)}::bigint[]) order by s.id`);
        for (const [i, s] of slots.entries()) {
          const row = rows.find((r) => Number(r.id) === s.id);
          const modelled = [...live.keys()].filter((k) => k.endsWith(`:${i}`)).length;
          expect(row).toMatchObject({ booked: modelled, live: modelled });
          expect(row?.booked).toBeLessThanOrEqual(s.capacity);
        }
      }),
      { numRuns: 25 },
    );
  });
});
