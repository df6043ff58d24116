// Demo volunteering of 龙游县总工会, so 服务 → 志愿服务 and 点单服务 and the console's pages have something in a demo:
// two open teams (no members yet: a demo rider registers and joins), a service menu, version 1 of the points rules,
// and an activity of the riders' team next week at the county's first station, set up by the county's admin.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const teams = [
  { name: '骑行侠志愿服务队', specialty: 'repair', description: '外卖骑手组成，免费修电动车，汛期参加应急巡查' },
  { name: '龙游法律服务队', specialty: 'legal', description: '律师和法律志愿者，解答劳动合同、欠薪、工伤问题' },
] as const;

const items = [
  { name: '电动车维修', specialty: 'repair', description: '补胎、换内胎、刹车调整，材料费自理' },
  { name: '免费理发', specialty: 'care', description: '每周六上午在驿站' },
  { name: '法律咨询', specialty: 'legal', description: '劳动合同、欠薪、工伤' },
  { name: '健康义诊', specialty: 'medical', description: '量血压、测血糖、健康咨询' },
] as const;

export async function seedVolunteers(db: Queryable, longyou: { id: number; path: string }) {
  const [admin] = await db.query<{ id: number }>(sql`select id from accounts where username = 'longyou'`);
  if (!admin) return;
  for (const t of teams) {
    await db.query(sql`insert into volunteer_teams (union_id, union_path, name, specialty, description, created_by)
      values (${longyou.id}, ${longyou.path}, ${t.name}, ${t.specialty}, ${t.description}, ${admin.id})`);
  }
  for (const i of items) {
    await db.query(sql`insert into service_items (union_id, union_path, name, specialty, description, created_by)
      values (${longyou.id}, ${longyou.path}, ${i.name}, ${i.specialty}, ${i.description}, ${admin.id})`);
  }
  await db.query(sql`insert into volunteer_point_rules (union_id, union_path, version, order_points, points_by_specialty,
      bonus_min_rating, bonus_points, hour_points, note, published_by)
    values (${longyou.id}, ${longyou.path}, 1, 10, '{"legal": 15}', 5, 5, 10, '好评（五星）加 5 分', ${admin.id})`);
  const [team] = await db.query<{ id: number }>(sql`select id from volunteer_teams where union_id = ${longyou.id}
    and name = ${teams[0].name}`);
  const [station] = await db.query<{ id: number; name: string }>(sql`select id, name from stations
    where union_id = ${longyou.id} order by id limit 1`);
  await db.query(sql`insert into volunteer_activities (union_id, union_path, team_id, title, description, station_id,
      place, starts_at, ends_at, created_by)
    values (${longyou.id}, ${longyou.path}, ${team?.id ?? null}, '周末义修进社区',
      '为快递员、外卖骑手和社区居民免费检修电动车，欢迎会修车的志愿者报名。', ${station?.id ?? null},
      ${station ? `${station.name}门口` : '龙游县城区'}, date_trunc('day', now()) + interval '9 days 1 hour',
      date_trunc('day', now()) + interval '9 days 4 hours', ${admin.id})`);
}
