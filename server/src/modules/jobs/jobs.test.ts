// 就业岗位 through the real app: postings refused for bad pay, a past closing date or wording the law forbids;
// a second cadre reviews; publication suggests the job only to consenting seekers it fits, each with its reasons
// (the officers see a count); members search near a point, by pay and kind (distances worked out here with our
// own haversine); they apply once, before closing, and hear about the interview.
import { beforeAll, describe, expect, it } from 'vitest';
import { assistanceBody } from '../../../test/factories.js';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { runMatching } from './jobs.matching.js';

const NOW = '2026-12-07T02:00:00Z'; // Monday 10:00 in China
const HOME = { lat: 29.03, lng: 119.17 };

/** Great-circle km (haversine, mean Earth radius 6371 km), written here independently of the module. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const s =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(s));
}

describe.each(dbKinds)('jobs on %s', (kind) => {
  const { t, tree } = useWorld(kind, { clock: NOW });
  let poster: Agent;
  let reviewer: Agent;
  let sibling: Agent;
  const seekers: Record<string, Agent> = {};

  const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string; message: string } }).error;
  const job = (over: Record<string, unknown> = {}) => ({
    unionId: tree.c1.id,
    employerName: '龙游快送',
    title: '电动车维修技师',
    description: '负责骑手电动车日常维修',
    skills: ['电动车维修'],
    kind: 'gig',
    place: '城东零工驿站',
    ...HOME,
    payMin: 150,
    payMax: 260,
    payUnit: 'day',
    headcount: 3,
    closesOn: '2026-12-31',
    ...over,
  });
  const count = async () => Number((await t.db.query<{ n: number }>(sql`select count(*)::int as n from jobs`))[0]?.n);

  beforeAll(async () => {
    poster = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    reviewer = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.city }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    for (const [name, union] of [
      ['fits', tree.u1],
      ['noConsent', tree.u1],
      ['withdrew', tree.u1],
      ['hardship', tree.u2],
      ['tooFar', tree.u2],
      ['otherCounty', tree.u3],
      ['longTermOnly', tree.u1],
      ['otherSkills', tree.u1],
    ] as const) {
      seekers[name] = await memberAgent(t, (await buildMember(t, union, { name })).phone);
    }
  });

  it('refuses bad postings and stores none of them', async () => {
    const range = await poster.post('/api/jobs', job({ payMin: 300, payMax: 299 }));
    expect(errorOf(range).code).toBe('JOB_PAY_RANGE');
    // China's date is 2026-12-07: the day before is refused, the day itself is taken (below).
    expect(errorOf(await poster.post('/api/jobs', job({ closesOn: '2026-12-06' }))).code).toBe('JOB_CLOSES_PAST');
    const words = await poster.post('/api/jobs', job({ description: '限男性，35岁以下，本地户籍优先' }));
    expect(words.statusCode).toBe(400);
    expect(errorOf(words).code).toBe('JOB_DISCRIMINATORY');
    expect(errorOf(words).message).toContain('“限男性”');
    expect(errorOf(words).message).toContain('“35岁以下”');
    expect(errorOf(words).message).toContain('本地户籍');
    for (const text of ['女士优先', '已婚已育', '乙肝携带者勿扰', '仅限汉族']) {
      expect(errorOf(await poster.post('/api/jobs', job({ title: `骑手${text}` }))).code, text).toBe(
        'JOB_DISCRIMINATORY',
      );
    }
    // Plain wording about the work itself passes the check (男女不限 is not a requirement).
    expect(
      (await poster.get(`/api/jobs/wording?text=${encodeURIComponent('男女不限，多劳多得')}`)).json().issues,
    ).toEqual([]);
    expect(await count()).toBe(0);
  });

  it('is reviewed by a second cadre, and suggested only to consenting seekers it fits, with reasons', async () => {
    // The seekers: what they look for and whether they agreed.
    const near = { lat: HOME.lat + 0.02, lng: HOME.lng };
    await seekers.fits?.put('/api/me/job-seeker', {
      consent: true,
      skills: ['电动车维修', '驾驶'],
      ...near,
      withinKm: 10,
    });
    await seekers.noConsent?.put('/api/me/job-seeker', { consent: false, skills: ['电动车维修'] });
    await seekers.withdrew?.put('/api/me/job-seeker', { consent: true, skills: ['电动车维修'] });
    const withdrawn = await seekers.withdrew?.put('/api/me/job-seeker', { consent: false, skills: ['电动车维修'] });
    expect(withdrawn?.json().seeker).toMatchObject({ consent: false });
    expect(withdrawn?.json().seeker.withdrawnAt).toBe(new Date(NOW).toISOString());
    expect(withdrawn?.json().seeker.consentedAt).toBe(new Date(NOW).toISOString());
    await seekers.hardship?.put('/api/me/job-seeker', { consent: true, skills: ['收银'] });
    expect(
      (await seekers.hardship?.post('/api/me/assistance', assistanceBody({ employment: 'unemployed' })))?.statusCode,
    ).toBe(200);
    await seekers.tooFar?.put('/api/me/job-seeker', { consent: true, lat: HOME.lat + 1, lng: HOME.lng, withinKm: 20 });
    await seekers.otherCounty?.put('/api/me/job-seeker', { consent: true });
    await seekers.longTermOnly?.put('/api/me/job-seeker', { consent: true, kinds: ['long_term'] });
    await seekers.otherSkills?.put('/api/me/job-seeker', { consent: true, skills: ['烹饪'] });

    const posted = await poster.post('/api/jobs', job({ closesOn: '2026-12-07' }));
    expect(posted.statusCode).toBe(200);
    const id = posted.json().id;
    expect(posted.json()).toMatchObject({ status: 'in_review', canReview: false });
    expect(errorOf(await poster.post(`/api/jobs/${id}/review`, { approve: true })).code).toBe('JOB_OWN_REVIEW');
    expect((await sibling.post(`/api/jobs/${id}/review`, { approve: true })).statusCode).toBe(404);
    expect((await reviewer.get('/api/pending')).json().counts['jobs.reviews']).toBe(1);
    expect((await seekers.fits?.get('/api/me/jobs'))?.json().items).toEqual([]);
    const approved = await reviewer.post(`/api/jobs/${id}/review`, { approve: true, note: '信息完整' });
    expect(approved.json()).toMatchObject({ status: 'published', reviewedBy: expect.any(String) });

    await runMatching(systemCtx(t.services));
    await runMatching(systemCtx(t.services));
    const matched = await t.db.query<{
      name: string;
    }>(sql`select m.name from job_matches x join members m on m.id = x.member_id
      where x.job_id = ${id} order by m.name`);
    expect(matched.map((m) => m.name)).toEqual(['fits', 'hardship']);
    // The officers see how many were reached, not who.
    const view = (await poster.get(`/api/jobs/${id}`)).json();
    expect(view.reached).toBe(2);
    expect(JSON.stringify(view)).not.toContain('hardship');

    // The seeker sees why; the distance is the haversine's, to a tenth of a km.
    const mine = (await seekers.fits?.get('/api/me/jobs/suggested'))?.json().items;
    expect(mine.map((j: { id: number }) => j.id)).toEqual([id]);
    expect(mine[0].why).toEqual([
      { code: 'kind', kind: 'gig' },
      { code: 'skills', skills: ['电动车维修'] },
      { code: 'distance', km: Math.round(km(near, HOME) * 10) / 10 },
    ]);
    const hardshipWhy = (await seekers.hardship?.get('/api/me/jobs/suggested'))?.json().items[0].why;
    expect(hardshipWhy).toEqual([{ code: 'kind', kind: 'gig' }, { code: 'hardship' }]);
    for (const name of ['noConsent', 'withdrew', 'tooFar', 'otherCounty', 'longTermOnly', 'otherSkills']) {
      expect((await seekers[name]?.get('/api/me/jobs/suggested'))?.json().items, name).toEqual([]);
      const inbox = (await seekers[name]?.get('/api/me/messages'))?.json().items as Array<{ title: string }>;
      expect(
        inbox.filter((m) => m.title === '为你推荐岗位'),
        name,
      ).toEqual([]);
    }
    const inbox = (await seekers.fits?.get('/api/me/messages'))?.json().items as Array<{ title: string; body: string }>;
    const suggested = inbox.filter((m) => m.title === '为你推荐岗位');
    expect(suggested).toHaveLength(1);
    expect(suggested[0]?.body).toContain('技能相符：电动车维修');
  });

  it('searches near a point by pay and kind, nearest first, the pay threshold included', async () => {
    const spots = [
      { title: '外卖骑手A', lat: HOME.lat + 0.05, lng: HOME.lng, payMax: 300, kind: 'gig' },
      { title: '外卖骑手B', lat: HOME.lat + 0.01, lng: HOME.lng + 0.01, payMax: 250, kind: 'gig' },
      { title: '外卖骑手C', lat: HOME.lat, lng: HOME.lng + 0.03, payMax: 249, kind: 'gig' },
      { title: '仓库管理D', lat: HOME.lat + 0.02, lng: HOME.lng, payMax: 400, kind: 'long_term' },
      { title: '外卖骑手E', lat: HOME.lat + 0.5, lng: HOME.lng, payMax: 500, kind: 'gig' },
    ];
    for (const s of spots) {
      const id = (
        await poster.post(
          '/api/jobs',
          job({ title: s.title, lat: s.lat, lng: s.lng, payMin: 100, payMax: s.payMax, kind: s.kind, skills: [] }),
        )
      ).json().id;
      await reviewer.post(`/api/jobs/${id}/review`, { approve: true });
    }
    const res = await seekers.fits?.get(
      `/api/me/jobs?kind=gig&payAtLeast=250&lat=${HOME.lat}&lng=${HOME.lng}&withinKm=10`,
    );
    const items = res?.json().items as Array<{ title: string; distanceKm: number }>;
    // Expected: gig, pay reaching 250, within 10 km (E is ~55 km away), nearest first.
    const expected = spots
      .filter((s) => s.kind === 'gig' && s.payMax >= 250 && km(HOME, s) <= 10)
      .concat([{ title: '电动车维修技师', lat: HOME.lat, lng: HOME.lng, payMax: 260, kind: 'gig' }])
      .sort((a, b) => km(HOME, a) - km(HOME, b));
    expect(items.map((i) => i.title)).toEqual(expected.map((s) => s.title));
    expect(items.map((i) => i.distanceKm)).toEqual(expected.map((s) => Math.round(km(HOME, s) * 10) / 10));
  });

  it('takes one application per member while open, and tells the member of the interview', async () => {
    const [j] = await t.db.query<{ id: number }>(sql`select id from jobs where title = '电动车维修技师'`);
    const id = Number(j?.id);
    const applied = await seekers.fits?.post(`/api/me/jobs/${id}/apply`, { intro: '修车五年，有电工证' });
    expect(applied?.json().applied).toBe('applied');
    expect(errorOf((await seekers.fits?.post(`/api/me/jobs/${id}/apply`, { intro: '再投一次' })) as never).code).toBe(
      'JOB_APPLIED',
    );
    const resident = await memberAgent(t, '13955550000');
    expect(errorOf(await resident.post(`/api/me/jobs/${id}/apply`, { intro: '想试试' })).code).toBe('JOB_NOT_MEMBER');

    const list = (await poster.get(`/api/jobs/${id}/applications`)).json().items;
    expect(list.map((a: { name: string; intro: string }) => [a.name, a.intro])).toEqual([
      ['fits', '修车五年，有电工证'],
    ]);
    expect(list[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect((await sibling.get(`/api/jobs/${id}/applications`)).statusCode).toBe(404);
    const appId = list[0].id;
    const past = await poster.post(`/api/job-applications/${appId}/move`, {
      status: 'interview',
      interviewAt: '2026-12-07T01:00:00Z',
      interviewPlace: '城东零工驿站',
    });
    expect(errorOf(past).code).toBe('JOB_INTERVIEW_INVALID');
    const moved = await poster.post(`/api/job-applications/${appId}/move`, {
      status: 'interview',
      interviewAt: '2026-12-08T06:00:00Z',
      interviewPlace: '城东零工驿站',
      note: '请带身份证',
    });
    expect(moved.json().status).toBe('interview');
    const inbox = (await seekers.fits?.get('/api/me/messages'))?.json().items as Array<{ title: string; body: string }>;
    expect(inbox.find((m) => m.title === '面试通知')?.body).toBe(
      '你申请的「电动车维修技师」请于 12-08 14:00 到 城东零工驿站 面试。请带身份证',
    );
    await t.services.queue.runDue();
    expect(t.sms.sent.filter((m) => m.template === 'notice' && m.text?.includes('面试')).length).toBe(1);
    expect((await seekers.fits?.get('/api/me/job-applications'))?.json().items[0]).toMatchObject({
      status: 'interview',
      interviewPlace: '城东零工驿站',
    });

    // Once closed, no one applies.
    await poster.post(`/api/jobs/${id}/close`);
    expect(
      errorOf((await seekers.otherSkills?.post(`/api/me/jobs/${id}/apply`, { intro: '想试试' })) as never).code,
    ).toBe('JOB_CLOSED');
  });
});
