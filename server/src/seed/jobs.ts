// Demo jobs of 龙游县总工会, so 服务 → 就业岗位 and the console's 就业岗位 page have something in a demo: a handful of
// jobs posted by the county's admin and approved by the city's (gig and long-term, near the county town, one on the
// board of its 零工驿站), one waiting for review, and a job fair next week with three booths whose employers
// have jobs among them.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const jobs = [
  {
    title: '外卖配送员',
    kind: 'gig',
    employer: '龙游美团配送站',
    pay: [150, 300, 'day'],
    skills: ['电动车驾驶'],
    km: 0.4,
  },
  { title: '快递分拣员', kind: 'gig', employer: '龙游中通快递', pay: [18, 25, 'hour'], skills: ['分拣'], km: 1.2 },
  {
    title: '家政保洁员',
    kind: 'long_term',
    employer: '龙游巾帼家政服务部',
    pay: [4500, 6500, 'month'],
    skills: ['保洁', '育婴'],
    km: 0.8,
  },
  {
    title: '电动车维修技师',
    kind: 'long_term',
    employer: '城东电动车维修店',
    pay: [5000, 7000, 'month'],
    skills: ['电动车维修'],
    km: 2.1,
  },
  { title: '仓库搬运工', kind: 'gig', employer: '龙游物流园', pay: [200, 260, 'day'], skills: ['搬运'], km: 3.5 },
] as const;

export async function seedJobs(db: Queryable, longyou: { id: number; path: string }) {
  const [poster] = await db.query<{ id: number }>(sql`select id from accounts where username = 'longyou'`);
  const [reviewer] = await db.query<{ id: number }>(sql`select id from accounts where username = 'quzhou'`);
  // The county's 零工驿站 where it has one: its board shows the first gig, and the fair is held in its hall.
  const [station] = await db.query<{ id: number; lat: number; lng: number }>(sql`select id, lat, lng from stations
    where union_id = ${longyou.id} order by (name like '%零工驿站') desc, id limit 1`);
  if (!poster || !reviewer || !station) return;
  for (const [i, j] of jobs.entries()) {
    const [min, max, unit] = j.pay;
    await db.query(sql`insert into jobs (union_id, union_path, employer_name, title, description, skills, kind, place,
        lat, lng, pay_min, pay_max, pay_unit, hours, headcount, closes_on, station_id, status, posted_by, reviewed_by,
        published_at)
      values (${longyou.id}, ${longyou.path}, ${j.employer}, ${j.title}, ${`${j.employer}招聘${j.title}，欢迎咨询。`},
        ${j.skills as unknown as string[]}::text[], ${j.kind}, '龙游县城区', ${Number(station.lat) + j.km / 111},
        ${Number(station.lng)}, ${min}, ${max}, ${unit}, ${j.kind === 'gig' ? '按单或按天结算' : '做六休一'}, ${2 + i},
        current_date + 30, ${i === 0 ? station.id : null}, 'published', ${poster.id}, ${reviewer.id}, now())`);
  }
  await db.query(sql`insert into jobs (union_id, union_path, employer_name, title, description, skills, kind, place,
      pay_min, pay_max, pay_unit, headcount, closes_on, status, posted_by)
    values (${longyou.id}, ${longyou.path}, '龙游农贸市场', '市场保洁员', '早班，负责市场公共区域保洁', '{保洁}', 'long_term',
      '龙游农贸市场', 3200, 3800, 'month', 2, current_date + 20, 'in_review', ${poster.id})`);
  const [fair] = await db.query<{ id: number }>(sql`insert into job_fairs (union_id, union_path, title, description,
      station_id, place, starts_at, ends_at, created_by)
    values (${longyou.id}, ${longyou.path}, '春风行动·新就业形态专场招聘会',
      '面向快递员、外卖骑手、家政服务员等新就业形态劳动者，现场面试，提供技能培训报名和劳动权益咨询。', ${station.id},
      '驿站一楼大厅', date_trunc('day', now()) + interval '8 days 1 hour', date_trunc('day', now()) + interval '8 days 5 hours',
      ${poster.id})
    returning id`);
  for (const [no, employer, note] of [
    ['A01', '龙游美团配送站', '现场办理骑手注册'],
    ['A02', '龙游中通快递', ''],
    ['A03', '龙游巾帼家政服务部', '可报名免费育婴员培训'],
  ] as const) {
    await db.query(sql`insert into job_fair_booths (fair_id, booth_no, employer_name, note)
      values (${fair?.id}, ${no}, ${employer}, ${note})`);
  }
}
