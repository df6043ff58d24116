// Who may call the jobs module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, PUBLIC_OK, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

/** The member app's own routes: the member calls them; admins have no member's view. */
const MEMBER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };

/** A U1 job posted by U1's officer (so the parent, at C1, may review it), in `status`. */
async function job(f: Fixture, status: 'in_review' | 'published' = 'in_review'): Promise<number> {
  const [j] = await f.t.db.query<{ id: number }>(sql`insert into jobs (union_id, union_path, employer_name, title, kind,
      place, pay_min, pay_max, pay_unit, headcount, closes_on, status, posted_by, published_at)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, '矩阵用人单位', ${`矩阵岗位${unique()}`}, 'gig', '矩阵驿站', 100, 200,
      'day', 2, current_date + 30, ${status}, ${f.accountId}, ${status === 'published' ? sql`now()` : null})
    returning id`);
  return Number(j?.id);
}

/** The fixture member's application to a fresh published U1 job. */
async function application(f: Fixture): Promise<number> {
  const [a] = await f.t.db.query<{ id: number }>(sql`insert into job_applications (job_id, member_id, union_path, intro)
    values (${await job(f, 'published')}, ${f.memberId}, ${f.tree.u1.path}, '矩阵求职') returning id`);
  return Number(a?.id);
}

/** A U1 station (a 零工驿站), always open. */
async function station(f: Fixture): Promise<number> {
  const [s] = await f.t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
      lat, lng, hours, amenities)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, 'rest', ${`矩阵零工驿站${unique()}`}, '矩阵路2号', 29.03, 119.17,
      '{"allDay": true, "weekly": [], "holidays": "open"}'::jsonb, '{}')
    returning id`);
  return Number(s?.id);
}

/** A U1 job fair a week ahead, with one booth (its id returned too). */
async function fair(f: Fixture): Promise<{ id: number; boothId: number }> {
  const [x] = await f.t.db.query<{
    id: number;
  }>(sql`insert into job_fairs (union_id, union_path, title, place, starts_at,
      ends_at, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, ${`矩阵招聘会${unique()}`}, '矩阵会场', now() + interval '7 days',
      now() + interval '7 days 4 hours', ${f.accountId})
    returning id`);
  const [b] = await f.t.db.query<{ id: number }>(sql`insert into job_fair_booths (fair_id, booth_no, employer_name)
    values (${x?.id}, 'A1', '矩阵用人单位') returning id`);
  return { id: Number(x?.id), boothId: Number(b?.id) };
}
const fairId = async (f: Fixture) => (await fair(f)).id;

const ofU1 = (json: unknown, f: Fixture) =>
  !(json as { items: Array<{ union: { id: number } }> }).items.some((i) => i.union.id === f.tree.u1.id);

export const jobsAuthz: Record<string, Case> = {
  'GET /api/me/jobs': { request: () => ({}), expect: MEMBER },
  'GET /api/me/jobs/suggested': { request: () => ({}), expect: MEMBER },
  'GET /api/me/jobs/{id}': at(MEMBER, (f) => job(f, 'published')),
  'POST /api/me/jobs/{id}/apply': at(MEMBER, (f) => job(f, 'published'), { intro: '有三年送餐经验' }),
  'GET /api/me/job-applications': { request: () => ({}), expect: MEMBER },
  'POST /api/me/job-applications/{id}/withdraw': at(MEMBER, application),
  'GET /api/me/job-seeker': { request: () => ({}), expect: MEMBER },
  'PUT /api/me/job-seeker': { request: () => ({ body: { consent: true } }), expect: MEMBER },
  'GET /api/jobs': {
    request: async (f) => {
      await job(f);
      return { url: '/api/jobs?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/jobs': {
    request: (f) => ({
      body: {
        unionId: f.tree.u1.id,
        employerName: '矩阵单位',
        title: '矩阵新岗位',
        kind: 'long_term',
        place: '矩阵',
        payMin: 4000,
        payMax: 6000,
        payUnit: 'month',
        headcount: 1,
        closesOn: '2099-01-01',
      },
    }),
    expect: OBJECT,
  },
  // Every cadre may check wording; members may not.
  'GET /api/jobs/wording': {
    request: () => ({ url: `/api/jobs/wording?text=${encodeURIComponent('限男性')}` }),
    expect: LIST,
  },
  'GET /api/jobs/{id}': at(OBJECT, (f) => job(f)),
  'POST /api/jobs/{id}/review': at(OBJECT, (f) => job(f), { approve: true }),
  'POST /api/jobs/{id}/close': at(OBJECT, (f) => job(f, 'published')),
  'GET /api/jobs/{id}/applications': at(OBJECT, async (f) => {
    const id = await job(f, 'published');
    await f.t.db.query(sql`insert into job_applications (job_id, member_id, union_path, intro)
      values (${id}, ${f.memberId}, ${f.tree.u1.path}, '矩阵')`);
    return id;
  }),
  // The board hangs on the station's screen: anyone may read it.
  'GET /api/gig-boards/{id}': at(PUBLIC_OK, station),
  'POST /api/gig-walkins': {
    request: async (f) => ({
      body: { stationId: await station(f), name: '矩阵零工', phone: '13922220000', consent: true },
    }),
    expect: OBJECT,
  },
  'GET /api/gig-walkins': {
    request: async (f) => ({ url: `/api/gig-walkins?stationId=${await station(f)}` }),
    expect: OBJECT,
  },
  'POST /api/job-applications/{id}/move': at(OBJECT, application, { status: 'rejected', note: '岗位已满' }),
  // Job fairs: members read and register for any fair (public events, like the jobs at them).
  'GET /api/me/job-fairs': { request: () => ({}), expect: MEMBER },
  'GET /api/me/job-fairs/{id}': at(MEMBER, fairId),
  'POST /api/me/job-fairs/{id}/register': at(MEMBER, fairId),
  'POST /api/me/job-fairs/{id}/unregister': at(MEMBER, fairId),
  'GET /api/job-fairs': {
    request: async (f) => {
      await fair(f);
      return { url: '/api/job-fairs?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/job-fairs': {
    request: (f) => ({
      body: {
        unionId: f.tree.u1.id,
        title: '矩阵新招聘会',
        place: '矩阵会场',
        startsAt: '2099-01-01T01:00:00Z',
        endsAt: '2099-01-01T05:00:00Z',
      },
    }),
    expect: OBJECT,
  },
  'GET /api/job-fairs/{id}': at(OBJECT, fairId),
  'POST /api/job-fairs/{id}/booths': at(OBJECT, fairId, { boothNo: 'B2', employerName: '矩阵第二单位' }),
  'DELETE /api/job-fairs/{id}/booths/{boothId}': {
    request: async (f) => {
      const { id, boothId } = await fair(f);
      return { url: `/api/job-fairs/${id}/booths/${boothId}` };
    },
    expect: OBJECT,
  },
  'POST /api/job-fairs/{id}/cancel': at(OBJECT, fairId, { reason: '场地维修' }),
};
