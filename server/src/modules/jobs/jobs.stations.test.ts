// 零工驿站 through the real app: a gig posted at a station is on the station's public board (and nothing else is);
// walk-ins registered at the counter become a member's job-seeker profile or the station's walk-in, and only those
// who agreed are texted the station's next gig.
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, adminAgent, buildAccount, buildMember, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { runMatching } from './jobs.matching.js';

const HOURS = JSON.stringify({ allDay: true, weekly: [], holidays: 'open' });

describe.each(dbKinds)('gig stations on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: '2026-12-07T02:00:00Z' });
  let poster: Agent;
  let reviewer: Agent;
  let sibling: Agent;
  let stationId: number;
  let otherStation: number;

  const station = async (union: { id: number; path: string }, name: string) => {
    const [s] = await t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
        lat, lng, hours, amenities)
      values (${union.id}, ${union.path}, 'rest', ${name}, '城东路1号', 29.03, 119.17, ${HOURS}::jsonb, '{}')
      returning id`);
    return Number(s?.id);
  };
  const publish = async (over: Record<string, unknown>) => {
    const id = (
      await poster.post('/api/jobs', {
        unionId: tree.c1.id,
        employerName: '城东搬家公司',
        title: '搬运工',
        skills: ['搬运'],
        kind: 'gig',
        place: '城东零工驿站',
        payMin: 200,
        payMax: 300,
        payUnit: 'day',
        headcount: 4,
        closesOn: '2026-12-08',
        ...over,
      })
    ).json().id as number;
    await reviewer.post(`/api/jobs/${id}/review`, { approve: true });
    return id;
  };

  beforeAll(async () => {
    poster = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    reviewer = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    stationId = await station(tree.u1, '城东零工驿站');
    otherStation = await station(tree.u3, '乙县驿站');
  });

  it('lists a station’s open gigs today on its public board, and nothing else', async () => {
    const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;
    expect(
      errorOf(
        await poster.post('/api/jobs', {
          unionId: tree.c1.id,
          employerName: 'x',
          title: '搬运',
          kind: 'gig',
          place: 'x',
          payMin: 1,
          payMax: 2,
          payUnit: 'day',
          headcount: 1,
          closesOn: '2026-12-08',
          stationId: otherStation,
        }),
      ),
    ).toBe('JOB_STATION_INVALID');
    const gig = await publish({ stationId });
    await publish({ stationId, title: '仓库管理', kind: 'long_term' });
    await publish({ title: '别处零工' });
    await publish({ stationId, title: '昨天截止', closesOn: '2026-12-07' });
    const board = await new Agent(t).get(`/api/gig-boards/${stationId}`);
    expect(board.statusCode).toBe(200);
    expect(board.json().day).toBe('2026-12-07');
    expect(
      board
        .json()
        .items.map((g: { title: string }) => g.title)
        .sort(),
    ).toEqual(['搬运工', '昨天截止'].sort());
    expect(board.json().items.find((g: { id: number }) => g.id === gig)).toMatchObject({
      payMin: 200,
      payMax: 300,
      headcount: 4,
    });
    expect((await new Agent(t).get(`/api/gig-boards/${otherStation}`)).json().items).toEqual([]);
  });

  it('registers walk-ins at the counter; only those who agreed are texted the station’s next gig', async () => {
    const member = await buildMember(t, tree.u2, { name: '会员零工' });
    const walk = (body: Record<string, unknown>) => poster.post('/api/gig-walkins', { stationId, ...body });
    expect((await walk({ name: '张师傅', phone: '1390000111', consent: true })).statusCode).toBe(400);
    expect(
      (await walk({ name: '张师傅', phone: '１３９００００１１１１', skills: ['搬运'], consent: true })).json(),
    ).toEqual({ member: false });
    expect((await walk({ name: '李师傅', phone: '13900002222', skills: ['搬运'], consent: false })).json()).toEqual({
      member: false,
    });
    expect((await walk({ name: '王师傅', phone: '13900003333', skills: ['烹饪'], consent: true })).json()).toEqual({
      member: false,
    });
    expect((await walk({ name: '会员零工', phone: member.phone, skills: ['搬运'], consent: true })).json()).toEqual({
      member: true,
    });
    expect(
      (await sibling.post('/api/gig-walkins', { stationId, name: 'x', phone: '13900004444', consent: true }))
        .statusCode,
    ).toBe(404);

    const list = (await poster.get(`/api/gig-walkins?stationId=${stationId}`)).json().items;
    expect(
      list.map((w: { name: string; phone: string; consent: boolean }) => [w.name, w.phone, w.consent]).sort(),
    ).toEqual(
      [
        ['张师傅', '139****1111', true],
        ['李师傅', '139****2222', false],
        ['王师傅', '139****3333', true],
      ].sort(),
    );
    const [seeker] = await t.db.query<{
      consent: boolean;
      skills: string[];
    }>(sql`select consent, skills from job_seekers
      where member_id = ${member.id}`);
    expect(seeker).toEqual({ consent: true, skills: ['搬运'] });

    await runMatching(systemCtx(t.services));
    const gig = await publish({ stationId, title: '搬家帮工' });
    await runMatching(systemCtx(t.services));
    const told = async (phone: string) =>
      (
        await t.db.query(sql`select 1 from member_messages where phone_hash = ${t.services.pii.hash('phone', phone)}
          and template = 'jobs.job_suggested' and dedupe_key like ${`job:${gig}:%`}`)
      ).length;
    expect(await told('13900001111')).toBe(1);
    expect(await told('13900002222')).toBe(0);
    expect(await told('13900003333')).toBe(0);
    expect(await told(member.phone)).toBe(1);
    expect((await poster.get(`/api/jobs/${gig}`)).json().reached).toBe(2);
  });
});
