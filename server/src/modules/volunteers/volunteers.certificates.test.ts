// Certificates of volunteer hours through the real app: only hours an organiser confirmed count (checked-out hours
// waiting for confirmation and rejected ones do not); asking again without new hours gives the same code, new hours a
// new one while the old code still says what it said; anyone checks a code and sees the name masked (the mask worked
// out here); another member cannot open it as theirs; a malformed code is refused and an unknown one not found.
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('certificates of volunteer hours on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: '2026-12-07T02:00:00Z' });
  let volunteer: Agent;
  let other: Agent;
  let volunteerId: number;

  const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;
  /** An activity of U1 in the past with the volunteer's sign-up in `status`, for `hours`. */
  const hoursRow = async (status: 'checked_out' | 'confirmed' | 'rejected', hours: number) => {
    const [a] = await t.db.query<{
      id: number;
    }>(sql`insert into volunteer_activities (union_id, union_path, title, place,
        starts_at, ends_at, created_by)
      values (${tree.u1.id}, ${tree.u1.path}, '社区义修', '驿站门口', now() - interval '2 days', now() - interval '1 day',
        (select id from accounts order by id limit 1))
      returning id`);
    await t.db.query(sql`insert into volunteer_hours (activity_id, volunteer_id, union_path, status, checkin_at,
        checkout_at, hours, confirmed_at)
      values (${a?.id}, ${volunteerId}, ${tree.u1.path}, ${status}, now() - interval '2 days',
        now() - interval '2 days' + ${`${hours} hours`}::interval, ${hours},
        ${status === 'confirmed' ? sql`now()` : null})`);
  };

  beforeAll(async () => {
    await t.db.query(sql`insert into accounts (username, display_name, password_hash) values ('seed', '种子', 'x')`);
    volunteer = await memberAgent(t, (await buildMember(t, tree.u1, { name: '欧阳志愿' })).phone);
    other = await memberAgent(t, (await buildMember(t, tree.u1, { name: '钱旁人' })).phone);
    await volunteer.put('/api/me/volunteer', { skills: ['修车'] });
    await other.put('/api/me/volunteer', { skills: ['理发'] });
    const [v] = await t.db.query<{ id: number }>(sql`select v.id from volunteers v join members m on m.id = v.member_id
      where m.name = '欧阳志愿'`);
    volunteerId = Number(v?.id);
  });

  it('certifies only confirmed hours, once per total, and anyone checks it with the name masked', async () => {
    await hoursRow('checked_out', 3.5);
    await hoursRow('rejected', 2);
    const none = await volunteer.post('/api/me/volunteer/certificates');
    expect(none.statusCode).toBe(409);
    expect(errorOf(none)).toBe('VOLUNTEER_NO_CONFIRMED_HOURS');
    expect((await t.db.query(sql`select 1 from volunteer_certificates`)).length).toBe(0);

    await hoursRow('confirmed', 2.3);
    await hoursRow('confirmed', 1.5);
    const first = (await volunteer.post('/api/me/volunteer/certificates')).json();
    expect(first).toMatchObject({ name: '欧阳志愿', unionName: tree.u1.name, hours: 3.8, activities: 2 });
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect((await volunteer.post('/api/me/volunteer/certificates')).json().code).toBe(first.code);

    // Anyone holding the paper: the name's first and last characters, the rest starred.
    const checked = (await new Agent(t).get(`/api/volunteer-certificates/${first.code}`)).json();
    expect(checked).toEqual({ ...first, name: '欧**愿' });
    expect((await other.get(`/api/me/volunteer/certificates/${first.code}`)).statusCode).toBe(404);
    expect((await volunteer.get(`/api/me/volunteer/certificates/${first.code}`)).json()).toEqual(first);

    // More confirmed hours: a new certificate; the old code still says 3.8 hours.
    await hoursRow('confirmed', 1);
    const second = (await volunteer.post('/api/me/volunteer/certificates')).json();
    expect(second.code).not.toBe(first.code);
    expect([second.hours, second.activities]).toEqual([4.8, 3]);
    expect((await new Agent(t).get(`/api/volunteer-certificates/${first.code}`)).json().hours).toBe(3.8);

    expect((await new Agent(t).get('/api/volunteer-certificates/ILLEGAL-CODE')).statusCode).toBe(400);
    const unknown = first.code === '000000000000' ? '000000000001' : '000000000000';
    expect((await new Agent(t).get(`/api/volunteer-certificates/${unknown}`)).statusCode).toBe(404);
  });
});
