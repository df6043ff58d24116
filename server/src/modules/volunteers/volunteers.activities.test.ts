// Volunteer activities through the real app: sign-up (with a place in the activity offer when places are limited),
// check-in and check-out by the QR poster on the server's clock, refusals that change nothing (checking out before
// checking in, a forged poster, more than 24 hours), and the organiser's confirmation, which alone earns points:
// hours × the rules' points an hour, rounded, worked out here, posted exactly once whatever the sequence of
// confirmations (a property over generated sequences).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOffer } from '../../../test/factories.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { signActivityToken } from './volunteers.poster.js';

const START = '2026-12-07T01:00:00Z'; // Monday 09:00 in China
const at = (ms: number) => new Date(new Date(START).getTime() + ms);
const HOUR = 3_600_000;

describe.each(dbKinds)('volunteer activities and hours on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: START });
  let organiser: Agent;
  let otherCadre: Agent;
  let volunteer: Agent;
  let volunteerPhone: string;
  let activityId: number;

  const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;
  const token = (id: number, version = 1) => signActivityToken(t.services.signer, { activityId: id, version });
  const myRow = async (id: number) =>
    (
      await t.db.query<{ status: string; hours: string | null }>(sql`select h.status, h.hours from volunteer_hours h
      where h.activity_id = ${id}`)
    )[0];
  const balance = async () => (await volunteer.get('/api/me/points')).json().balance as number;
  const newActivity = async (over: Record<string, unknown> = {}) =>
    organiser.post('/api/volunteer-activities', {
      unionId: tree.c1.id,
      title: '河道清理',
      place: '衢江边',
      startsAt: at(HOUR).toISOString(),
      endsAt: at(4 * HOUR).toISOString(),
      ...over,
    });

  beforeAll(async () => {
    organiser = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    otherCadre = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    const m = await buildMember(t, tree.u1, { name: '赵志愿' });
    volunteerPhone = m.phone;
    volunteer = await memberAgent(t, m.phone);
    await volunteer.put('/api/me/volunteer', { skills: ['搬运'] });
    // 12 points an hour: 2.3 hours earn 28 (27.6 rounded), 1.5 earn 18.
    await organiser.post('/api/volunteer-point-rules', {
      unionId: tree.c1.id,
      orderPoints: 10,
      bonusMinRating: 5,
      bonusPoints: 5,
      hourPoints: 12,
    });
  });

  it('signs up, checks in and out on the server clock, and refuses what would be wrong', async () => {
    expect(errorOf(await newActivity({ endsAt: at(HOUR).toISOString() }))).toBe('VOLUNTEER_ACTIVITY_TIME_INVALID');
    const made = await newActivity();
    expect(made.statusCode).toBe(200);
    activityId = made.json().id;
    const poster = (await organiser.get(`/api/volunteer-activities/${activityId}/poster`)).json().path as string;
    const fromPoster = decodeURIComponent(poster.split('?t=')[1] ?? '');
    expect(fromPoster).toBe(token(activityId));

    const listed = (await volunteer.get('/api/me/volunteer/activities')).json().items;
    expect(listed.map((a: { id: number; mine: string | null }) => [a.id, a.mine])).toEqual([[activityId, null]]);
    expect((await volunteer.post(`/api/me/volunteer/activities/${activityId}/signup`)).statusCode).toBe(200);
    expect(errorOf(await volunteer.post(`/api/me/volunteer/activities/${activityId}/signup`))).toBe(
      'VOLUNTEER_SIGNED_UP',
    );

    // Check-out before check-in is refused and changes nothing.
    expect(
      errorOf(await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkout`, { token: fromPoster })),
    ).toBe('VOLUNTEER_NOT_CHECKED_IN');
    expect(await myRow(activityId)).toEqual({ status: 'signed', hours: null });
    // A poster of another activity, or a forged one, is refused.
    expect(
      errorOf(
        await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkin`, { token: token(activityId + 1) }),
      ),
    ).toBe('VOLUNTEER_POSTER_INVALID');
    expect(
      errorOf(await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkin`, { token: `${fromPoster}x` })),
    ).toBe('VOLUNTEER_POSTER_INVALID');
    // Check-in opens an hour before the start: the clock is at 09:00, the start at 10:00; one ms earlier is refused.
    clock.set(at(-1));
    expect(
      errorOf(await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkin`, { token: fromPoster })),
    ).toBe('VOLUNTEER_CHECKIN_WINDOW');
    clock.set(at(0));
    const inAt = await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkin`, { token: fromPoster });
    expect(inAt.json()).toEqual({ status: 'checked_in', at: at(0).toISOString(), hours: null });
    expect(
      errorOf(await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkin`, { token: fromPoster })),
    ).toBe('VOLUNTEER_CHECKED_IN');
    // Two hours and twenty minutes later: 2.3 hours (7/3 h to a tenth).
    clock.set(at(2 * HOUR + 20 * 60_000));
    const out = await volunteer.post(`/api/me/volunteer/activities/${activityId}/checkout`, { token: fromPoster });
    expect(out.json().hours).toBe(2.3);
    expect(await myRow(activityId)).toEqual({ status: 'checked_out', hours: '2.3' });
  });

  it('holds an activity at a station of its union or below, never a sibling union’s or a retired one', async () => {
    const station = async (union: { id: number; path: string }, name: string, status = 'active') => {
      const [s] = await t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
          lat, lng, hours, amenities, status)
        values (${union.id}, ${union.path}, 'rest', ${name}, '江滨路8号', 29.03, 119.17,
          ${JSON.stringify({ allDay: true, weekly: [], holidays: 'open' })}::jsonb, '{}', ${status})
        returning id`);
      return Number(s?.id);
    };
    const below = await station(tree.u1, '一号公司驿站');
    // c2's id is c1's with a digit more: its path starts with c1's as a string, not as a subtree.
    const sibling = await station(tree.c2, '乙县驿站');
    const retired = await station(tree.c1, '旧驿站', 'retired');
    const count = async () =>
      (await t.db.query<{ n: number }>(sql`select count(*)::int as n from volunteer_activities`))[0]?.n;
    const before = await count();
    for (const stationId of [sibling, retired]) {
      const res = await newActivity({ stationId });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toBe('VOLUNTEER_ACTIVITY_STATION_INVALID');
    }
    expect(await count()).toBe(before);
    const made = await newActivity({ stationId: below, title: '驿站义修' });
    expect(made.statusCode).toBe(200);
    expect(made.json().station).toEqual({ id: below, name: '一号公司驿站' });
    const listed = (await volunteer.get('/api/me/volunteer/activities?pageSize=50')).json().items;
    expect(listed.find((a: { id: number }) => a.id === made.json().id)?.station).toEqual({
      id: below,
      name: '一号公司驿站',
    });
  });

  it('refuses more than 24 hours in a day, and a sign-up without a place when places are limited', async () => {
    clock.set(at(0));
    const long = (await newActivity({ title: '防汛值守', endsAt: at(48 * HOUR).toISOString() })).json().id;
    await volunteer.post(`/api/me/volunteer/activities/${long}/signup`);
    await volunteer.post(`/api/me/volunteer/activities/${long}/checkin`, { token: token(long) });
    clock.set(at(25 * HOUR));
    expect(errorOf(await volunteer.post(`/api/me/volunteer/activities/${long}/checkout`, { token: token(long) }))).toBe(
      'VOLUNTEER_HOURS_TOO_LONG',
    );
    expect(await myRow(long)).toEqual({ status: 'checked_in', hours: null });

    clock.set(at(0));
    const offerId = await createOffer(organiser, tree.c1.id, {
      title: '植树名额',
      opensAt: at(-HOUR).toISOString(),
      closesAt: at(HOUR).toISOString(),
    });
    const limited = (await newActivity({ title: '植树', offerId })).json().id;
    expect(errorOf(await volunteer.post(`/api/me/volunteer/activities/${limited}/signup`))).toBe(
      'VOLUNTEER_PLACE_REQUIRED',
    );
    const [me] = await t.db.query<{ id: number }>(sql`select member_id as id from volunteers limit 1`);
    await t.db.query(sql`insert into claims (offer_id, member_id, idem_key, quantity, status)
      values (${offerId}, ${me?.id}, 'tree-place', 1, 'confirmed')`);
    expect((await volunteer.post(`/api/me/volunteer/activities/${limited}/signup`)).statusCode).toBe(200);
  });

  it('counts hours only once the organiser confirms them, never one’s own, with the points worked out here', async () => {
    // The organiser's reminder phone is the volunteer's own: they may not confirm these hours.
    const [v] = await t.db.query<{ phone_hash: string }>(sql`select phone_hash from members where name = '赵志愿'`);
    await t.db.query(sql`update accounts set phone_hash = ${v?.phone_hash}, phone_cipher = ${t.services.pii.encrypt(volunteerPhone)}
      where id = (select account_id from role_grants where union_id = ${tree.c1.id} order by account_id limit 1)`);
    expect(errorOf(await organiser.post(`/api/volunteer-activities/${activityId}/hours`, { approve: true }))).toBe(
      'VOLUNTEER_OWN_HOURS',
    );
    expect(await myRow(activityId)).toEqual({ status: 'checked_out', hours: '2.3' });
    expect((await volunteer.get('/api/me/volunteer/hours')).json().totalHours).toBe(0);

    const before = await balance();
    const done = await otherCadre.post(`/api/volunteer-activities/${activityId}/hours`, { approve: true });
    expect(done.json()).toEqual({ count: 1 });
    expect((await balance()) - before).toBe(Math.round(2.3 * 12));
    const mine = (await volunteer.get('/api/me/volunteer/hours')).json();
    expect(mine.totalHours).toBe(2.3);
    expect(mine.items.find((i: { activity: string }) => i.activity === '河道清理')).toMatchObject({
      status: 'confirmed',
      hours: 2.3,
      points: 28,
    });
    expect((await volunteer.get('/api/me/points')).json().items[0].reason).toContain('河道清理 2.3 小时 × 12 分');
    // Again: nothing waits, nothing is posted.
    expect((await otherCadre.post(`/api/volunteer-activities/${activityId}/hours`, { approve: true })).json()).toEqual({
      count: 0,
    });
    expect((await balance()) - before).toBe(28);
  });

  it('posts each confirmed sign-up’s points exactly once, whatever the sequence of confirmations', async () => {
    // A fresh activity with eight checked-out volunteers of generated hours; confirmations by generated subsets,
    // repeated and overlapping, some rejecting. Property: the ledger holds one posting per confirmed sign-up, of
    // round(hours × 12), and a rejected one is never paid.
    clock.set(at(0));
    const members = await Promise.all(
      Array.from({ length: 8 }, (_, i) => buildMember(t, tree.u2, { name: `志愿${i}` })),
    );
    const vols: number[] = [];
    for (const m of members) {
      const [row] = await t.db.query<{ id: number }>(
        sql`insert into volunteers (member_id) values (${m.id}) returning id`,
      );
      vols.push(Number(row?.id));
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 240 }), { minLength: 8, maxLength: 8 }),
        fc.array(fc.record({ pick: fc.array(fc.nat(7), { maxLength: 8 }), approve: fc.boolean() }), {
          minLength: 1,
          maxLength: 6,
        }),
        async (tenths, steps) => {
          // Each run on a fresh activity, so no run sees another's postings.
          const id = (await newActivity({ title: '性质检验' })).json().id as number;
          const ids: number[] = [];
          for (const [i, v] of vols.entries()) {
            const [h] = await t.db.query<{ id: number }>(sql`insert into volunteer_hours (activity_id, volunteer_id,
                union_path, status, checkin_at, checkout_at, hours)
              values (${id}, ${v}, ${tree.c1.path}, 'checked_out', ${at(0)}, ${at(((tenths[i] ?? 1) * HOUR) / 10)},
                ${(tenths[i] ?? 1) / 10})
              returning id`);
            ids.push(Number(h?.id));
          }
          const decided = new Map<number, boolean>();
          for (const step of steps) {
            const chosen = [...new Set(step.pick.map((k) => ids[k] as number))];
            const res = await otherCadre.post(`/api/volunteer-activities/${id}/hours`, {
              approve: step.approve,
              ids: chosen,
            });
            expect(res.statusCode).toBe(200);
            for (const h of chosen) if (!decided.has(h)) decided.set(h, step.approve);
          }
          const paid = await t.db.query<{ idem_key: string; amount: number }>(sql`select t.idem_key, p.amount::int
            from points_transactions t join points_postings p on p.transaction_id = t.id
            where t.source = ${`volunteer-activity:${id}`} order by t.idem_key`);
          const expected = ids
            .map((h, i) => ({ h, points: Math.round(((tenths[i] ?? 1) / 10) * 12) }))
            .filter(({ h, points }) => decided.get(h) === true && points > 0)
            .map(({ h, points }) => ({ idem_key: `volunteer-hours:${h}`, amount: points }))
            .sort((a, b) => (a.idem_key < b.idem_key ? -1 : 1));
          expect(paid).toEqual(expected);
        },
      ),
      { numRuns: kind === 'pglite' ? 12 : 6 },
    );
  });
});
