// Job fairs through the real app: bad times and other unions' stations or employers are refused and store nothing;
// booths are numbered once per fair and an employer has one; each booth shows exactly its employer's open jobs of the
// fair's union line (compared by content); members register once, are told once if it is cancelled, and a cancelled
// or finished fair takes no more registrations or booths; the cockpit counts fairs held and their booths.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const NOW = '2026-12-07T02:00:00Z'; // Monday 10:00 in China
const HOUR = 3_600_000;
const at = (ms: number) => new Date(new Date(NOW).getTime() + ms).toISOString();

describe.each(dbKinds)('job fairs on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: NOW });
  let organiser: Agent;
  let reviewer: Agent;
  let sibling: Agent;
  let visitor: Agent;
  let other: Agent;
  let employerId: number;
  let siblingEmployer: number;
  let fairId: number;

  const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;
  const fair = (over: Record<string, unknown> = {}) => ({
    unionId: tree.c1.id,
    title: '春风行动招聘会',
    place: '县人力资源市场一楼',
    startsAt: at(24 * HOUR),
    endsAt: at(28 * HOUR),
    ...over,
  });
  const rows = async (table: string) =>
    Number((await t.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)}`))[0]?.n);
  const employer = async (union: { id: number; path: string }, name: string, code: string) => {
    const [e] = await t.db.query<{ id: number }>(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${code}, ${name}, ${union.id}, ${union.path}) returning id`);
    return Number(e?.id);
  };
  /** A job posted by the organiser and approved by the city, then (if asked) closed or left in review. */
  const job = async (over: Record<string, unknown>, state: 'published' | 'in_review' | 'closed' = 'published') => {
    const posted = await organiser.post('/api/jobs', {
      unionId: tree.c1.id,
      title: '普工',
      kind: 'long_term',
      place: '工业园区',
      payMin: 4000,
      payMax: 6000,
      payUnit: 'month',
      headcount: 5,
      closesOn: '2026-12-31',
      ...over,
    });
    expect(posted.statusCode).toBe(200);
    const id = posted.json().id as number;
    if (state !== 'in_review') await reviewer.post(`/api/jobs/${id}/review`, { approve: true });
    if (state === 'closed') await organiser.post(`/api/jobs/${id}/close`);
    return id;
  };

  beforeAll(async () => {
    organiser = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    reviewer = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    visitor = await memberAgent(t, (await buildMember(t, tree.u1, { name: '钱求职' })).phone);
    other = await memberAgent(t, (await buildMember(t, tree.u3, { name: '孙求职' })).phone);
    employerId = await employer(tree.u1, '甲县纺织有限公司', '91330825MA2A000011');
    // c2's id is c1's with a digit more: its path starts with c1's as a string, not as a subtree.
    siblingEmployer = await employer(tree.c2, '乙县机械厂', '91330825MA2A000022');
  });

  it('refuses a fair that ends before it starts or is over, and a sibling union’s station', async () => {
    const [st] = await t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
        lat, lng, hours, amenities)
      values (${tree.c2.id}, ${tree.c2.path}, 'rest', '乙县驿站', '乙县路1号', 29.03, 119.17,
        ${JSON.stringify({ allDay: true, weekly: [], holidays: 'open' })}::jsonb, '{}')
      returning id`);
    for (const [body, code] of [
      [fair({ endsAt: at(24 * HOUR) }), 'JOB_FAIR_TIME_INVALID'],
      [fair({ startsAt: at(-5 * HOUR), endsAt: at(-HOUR) }), 'JOB_FAIR_TIME_INVALID'],
      [fair({ stationId: Number(st?.id) }), 'JOB_STATION_INVALID'],
    ] as const) {
      const res = await organiser.post('/api/job-fairs', body);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toBe(code);
    }
    expect(await rows('job_fairs')).toBe(0);
    const made = await organiser.post('/api/job-fairs', fair());
    expect(made.statusCode).toBe(200);
    fairId = made.json().id;
    expect(made.json()).toMatchObject({ title: '春风行动招聘会', status: 'published', booths: 0, boothList: [] });
    // A sibling county's cadre neither lists nor opens it.
    expect((await sibling.get('/api/job-fairs')).json().items).toEqual([]);
    expect((await sibling.get(`/api/job-fairs/${fairId}`)).statusCode).toBe(404);
  });

  it('numbers booths once per fair, one per employer, and never gives one to another union’s employer', async () => {
    const add = (body: Record<string, unknown>) => organiser.post(`/api/job-fairs/${fairId}/booths`, body);
    expect((await add({ boothNo: 'A01', employerId })).statusCode).toBe(200);
    expect((await add({ boothNo: 'A02', employerName: '城东家政服务部', note: '招育婴员' })).statusCode).toBe(200);
    for (const [body, code] of [
      [{ boothNo: 'A01', employerName: '另一家单位' }, 'JOB_FAIR_BOOTH_TAKEN'],
      [{ boothNo: 'A03', employerId }, 'JOB_FAIR_BOOTH_TAKEN'],
      [{ boothNo: 'A04', employerId: siblingEmployer }, 'JOB_EMPLOYER_INVALID'],
      [{ boothNo: 'A05' }, 'VALIDATION_FAILED'],
    ] as const) {
      const res = await add(body);
      expect(res.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(errorOf(res)).toBe(code);
    }
    const shown = (await organiser.get(`/api/job-fairs/${fairId}`)).json();
    expect(shown.booths).toBe(2);
    expect(
      shown.boothList.map((b: { boothNo: string; employer: { name: string } }) => [b.boothNo, b.employer.name]),
    ).toEqual([
      ['A01', '甲县纺织有限公司'],
      ['A02', '城东家政服务部'],
    ]);
  });

  it('shows at each booth exactly its employer’s open jobs of the fair’s union line', async () => {
    // A job is posted for an employer on record with the poster's subtree, never a sibling county's.
    const before = await rows('jobs');
    const foreign = await organiser.post('/api/jobs', {
      unionId: tree.c1.id,
      employerId: siblingEmployer,
      title: '钳工',
      kind: 'long_term',
      place: '工业园区',
      payMin: 4000,
      payMax: 6000,
      payUnit: 'month',
      headcount: 1,
      closesOn: '2026-12-31',
    });
    expect(errorOf(foreign)).toBe('JOB_EMPLOYER_INVALID');
    expect(await rows('jobs')).toBe(before);
    const weaver = await job({ employerId, title: '挡车工' });
    await job({ employerId, title: '已截止的岗位' }, 'closed');
    await job({ employerId, title: '待审核的岗位' }, 'in_review');
    const nanny = await job({
      employerName: '城东家政服务部',
      title: '育婴员',
      kind: 'gig',
      payUnit: 'day',
      payMin: 200,
      payMax: 300,
    });
    // The same name under an employer on record is another employer than the name-only booth's.
    await t.db.query(sql`update employers set name = '城东家政服务部' where id = ${employerId}`);
    await job({ employerId, title: '同名单位的岗位' });
    await t.db.query(sql`update employers set name = '甲县纺织有限公司' where id = ${employerId}`);
    const detail = (await visitor.get(`/api/me/job-fairs/${fairId}`)).json();
    const byBooth = Object.fromEntries(
      detail.boothList.map((b: { boothNo: string; jobs: Array<{ id: number; title: string }> }) => [
        b.boothNo,
        b.jobs.map((j) => [j.id, j.title]),
      ]),
    );
    const sameName = (await t.db.query<{ id: number }>(sql`select id from jobs where title = '同名单位的岗位'`))[0]?.id;
    expect(byBooth).toEqual({
      A01: [
        [weaver, '挡车工'],
        [Number(sameName), '同名单位的岗位'],
      ],
      A02: [[nanny, '育婴员']],
    });
    expect(detail.boothList[1].jobs[0]).toEqual({
      id: nanny,
      title: '育婴员',
      kind: 'gig',
      payMin: 200,
      payMax: 300,
      payUnit: 'day',
      headcount: 5,
    });
    // The console sees the counts, not the list.
    const counts = (await organiser.get(`/api/job-fairs/${fairId}`)).json().boothList;
    expect(counts.map((b: { openJobs: number; jobs: unknown[] }) => [b.openJobs, b.jobs.length])).toEqual([
      [2, 0],
      [1, 0],
    ]);
  });

  it('registers a member once, tells them once when it is cancelled, and then takes nothing more', async () => {
    const listed = (await other.get('/api/me/job-fairs')).json().items;
    expect(listed.map((f: { id: number; registered: boolean }) => [f.id, f.registered])).toEqual([[fairId, false]]);
    expect((await visitor.post(`/api/me/job-fairs/${fairId}/register`)).json().registered).toBe(true);
    expect(errorOf(await visitor.post(`/api/me/job-fairs/${fairId}/register`))).toBe('JOB_FAIR_REGISTERED');
    expect((await organiser.get(`/api/job-fairs/${fairId}`)).json().visitors).toBe(1);
    // The other member registers and changes their mind: not told of the cancellation.
    await other.post(`/api/me/job-fairs/${fairId}/register`);
    expect((await other.post(`/api/me/job-fairs/${fairId}/unregister`)).json().registered).toBe(false);

    expect((await sibling.post(`/api/job-fairs/${fairId}/cancel`, { reason: '场地维修' })).statusCode).toBe(404);
    const cancelled = await organiser.post(`/api/job-fairs/${fairId}/cancel`, { reason: '场地维修' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '场地维修' });
    expect(errorOf(await organiser.post(`/api/job-fairs/${fairId}/cancel`, { reason: '再次' }))).toBe(
      'JOB_FAIR_CLOSED',
    );
    const told = async (agent: Agent) =>
      ((await agent.get('/api/me/messages')).json().items as Array<{ title: string; body: string }>).filter(
        (m) => m.title === '招聘会取消通知',
      );
    const mine = await told(visitor);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toContain('场地维修');
    expect(await told(other)).toEqual([]);

    expect(errorOf(await other.post(`/api/me/job-fairs/${fairId}/register`))).toBe('JOB_FAIR_CLOSED');
    expect(
      errorOf(await organiser.post(`/api/job-fairs/${fairId}/booths`, { boothNo: 'B1', employerName: '新单位' })),
    ).toBe('JOB_FAIR_CLOSED');
    expect((await other.get('/api/me/job-fairs')).json().items).toEqual([]);
  });

  it('counts fairs held, and their booths, once they have begun; a finished fair takes no registration', async () => {
    const held = (await organiser.post('/api/job-fairs', fair({ title: '零工专场' }))).json().id as number;
    await organiser.post(`/api/job-fairs/${held}/booths`, { boothNo: '1', employerName: '快递网点' });
    await organiser.post(`/api/job-fairs/${held}/booths`, { boothNo: '2', employerName: '外卖站点' });
    const figure = async (key: string) =>
      ((await reviewer.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>).find(
        (f) => f.key === key,
      )?.value;
    expect([await figure('jobs.fairs'), await figure('jobs.booths')]).toEqual([0, 0]);
    clock.set(new Date(new Date(NOW).getTime() + 25 * HOUR));
    // The cancelled fair of the last test is not counted.
    expect([await figure('jobs.fairs'), await figure('jobs.booths')]).toEqual([1, 2]);
    clock.set(new Date(new Date(NOW).getTime() + 29 * HOUR));
    expect(errorOf(await visitor.post(`/api/me/job-fairs/${held}/register`))).toBe('JOB_FAIR_CLOSED');
  });
});
