import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { sendReminders } from './consultations.service.js';

describe.each(dbKinds)('legal consultations on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: new Date('2026-11-30T00:00:00Z') });
  let lawyer: Agent;
  const at = (hours: number) => new Date(Date.parse('2026-12-01T02:00:00Z') + hours * 3_600_000).toISOString();
  beforeAll(async () => {
    lawyer = await adminAgent(t, await buildAccount(t, { role: 'lawyer', union: tree.c1 }));
  });

  const slot = async (startHours: number) => {
    const res = await lawyer.post('/api/legal-slots', {
      startsAt: at(startHours),
      endsAt: at(startHours + 1),
      mode: 'phone',
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().id as number;
  };

  it('publishes slots that never overlap and are in the future', async () => {
    await slot(0);
    const overlap = await lawyer.post('/api/legal-slots', { startsAt: at(0.5), endsAt: at(1.5), mode: 'video' });
    expect(overlap.json().error.code).toBe('SLOT_OVERLAPS');
    const past = await lawyer.post('/api/legal-slots', {
      startsAt: '2026-11-01T02:00:00Z',
      endsAt: '2026-11-01T03:00:00Z',
      mode: 'phone',
    });
    expect(past.json().error.code).toBe('SLOT_IN_PAST');
    expect((await lawyer.post('/api/legal-slots', { startsAt: at(10), endsAt: at(9), mode: 'phone' })).statusCode).toBe(
      400,
    );
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    expect(
      (await handler.post('/api/legal-slots', { startsAt: at(20), endsAt: at(21), mode: 'phone' })).statusCode,
    ).toBe(403);
  });

  it('never puts two people in one slot, even when they book at the same moment', async () => {
    const id = await slot(3);
    const members = await Promise.all(
      Array.from({ length: 6 }, async () => memberAgent(t, (await buildMember(t, tree.u1)).phone)),
    );
    const results = await Promise.all(
      members.map((m) => m.post('/api/me/consultations', { slotId: id, topic: '工资被拖欠怎么办' })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.json().error?.code === 'SLOT_TAKEN' || r.statusCode === 409)).toHaveLength(5);
    const [count] = await t.db.query<{ n: number }>(
      sql`select count(*)::int as n from consultation_bookings where slot_id = ${id}`,
    );
    expect(count?.n).toBe(1);
    // A member of another county does not see or book it.
    const outsider = await memberAgent(t, (await buildMember(t, tree.u3)).phone);
    expect((await outsider.get('/api/me/legal-slots')).json().items.map((s: { id: number }) => s.id)).not.toContain(id);
    expect((await outsider.post('/api/me/consultations', { slotId: id, topic: 'x' })).statusCode).toBe(404);
  });

  it('reminds the day before, records the outcome, and lets the member cancel in time', async () => {
    const id = await slot(6);
    const m = await buildMember(t, tree.u2);
    const member = await memberAgent(t, m.phone);
    const slots = (await member.get('/api/me/legal-slots')).json().items;
    expect(slots.find((s: { id: number }) => s.id === id)).toMatchObject({ booked: false, mode: 'phone' });
    const booking = (await member.post('/api/me/consultations', { slotId: id, topic: '工伤认定流程' })).json();
    expect(booking.status).toBe('booked');
    expect((await member.post('/api/me/consultations', { slotId: id, topic: '再约一次' })).json().error.code).toBe(
      'SLOT_TAKEN',
    );
    const ctx = systemCtx(t.services);
    expect(await sendReminders(ctx)).toBe(0); // more than a day ahead
    clock.set(at(-12));
    const sent = await sendReminders(ctx);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(t.sms.sent.some((s) => s.phone === m.phone && s.template === 'consultation_reminder')).toBe(true);
    expect(await sendReminders(ctx)).toBe(0);
    const mine = (await lawyer.get('/api/legal-slots')).json().items.find((s: { id: number }) => s.id === id);
    expect(mine.booking).toMatchObject({ topic: '工伤认定流程', phoneMasked: expect.stringMatching(/\*{4}/) });
    const other = await adminAgent(t, await buildAccount(t, { role: 'lawyer', union: tree.c1 }));
    expect((await other.post(`/api/consultations/${booking.id}/outcome`, { status: 'completed' })).statusCode).toBe(
      404,
    );
    const done = (
      await lawyer.post(`/api/consultations/${booking.id}/outcome`, {
        status: 'completed',
        outcome: '建议先申请工伤认定',
      })
    ).json();
    expect(done).toMatchObject({ status: 'completed', outcome: '建议先申请工伤认定' });
    expect((await member.post(`/api/me/consultations/${booking.id}/cancel`)).json().error.code).toBe(
      'BOOKING_WRONG_STATE',
    );
    const later = await slot(30);
    const b2 = (await member.post('/api/me/consultations', { slotId: later, topic: '劳动合同' })).json();
    expect((await member.post(`/api/me/consultations/${b2.id}/cancel`)).json().status).toBe('cancelled');
    // The freed slot can be booked again.
    expect((await member.post('/api/me/consultations', { slotId: later, topic: '劳动合同' })).statusCode).toBe(200);
    clock.set(new Date('2026-11-30T00:00:00Z'));
  });
  it('shows a union how its legal service is used, per lawyer, without members or topics', async () => {
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    const sibling = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c2 }));
    const range = '/api/legal-overview?from=2026-11-30&to=2026-12-31';
    const res = await handler.get(range);
    expect(res.statusCode).toBe(200);
    const row = res.json().items.find((i: { lawyer: string }) => i.lawyer.length > 0);
    expect(row).toMatchObject({ union: tree.c1.name });
    // The earlier tests' bookings: one completed, one cancelled, one booked again.
    type Row = { completed: number; booked: number; cancelledBookings: number };
    const items = res.json().items as Row[];
    const sum = (k: keyof Row) => items.reduce((n, r) => n + r[k], 0);
    const totals = { completed: sum('completed'), booked: sum('booked'), cancelledBookings: sum('cancelledBookings') };
    expect(totals.completed).toBeGreaterThanOrEqual(1);
    expect(totals.cancelledBookings).toBeGreaterThanOrEqual(1);
    expect(totals.booked).toBeGreaterThanOrEqual(1);
    expect(res.body).not.toContain('工伤认定流程');
    expect((await sibling.get(range)).json().items).toEqual([]);
    expect((await lawyer.get(range)).statusCode).toBe(403);
    expect((await handler.get('/api/legal-overview?from=2026-12-31&to=2026-01-01')).statusCode).toBe(400);
  });
});
