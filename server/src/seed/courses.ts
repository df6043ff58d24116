// A demo course and offline sessions of 龙游县总工会, so 服务 → 学堂 and the console's 班前十分钟 have something in a
// demo: a short rights course of three article lessons by the demo editor, and pre-shift sessions of recent weeks.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const lessons = [
  {
    title: '劳动合同要签好',
    body: '<p>用人单位自用工之日起即与劳动者建立劳动关系，应当在<strong>一个月内</strong>订立书面劳动合同。</p><p>超过一个月不满一年未订立的，应当向劳动者每月支付二倍工资。</p>',
  },
  {
    title: '工作时间与休息休假',
    body: '<p>国家实行劳动者每日工作时间不超过八小时、平均每周工作时间不超过四十四小时的工时制度。</p><ul><li>延长工作时间一般每日不超过一小时；</li><li>因特殊原因每日不超过三小时，每月不超过三十六小时。</li></ul>',
  },
  {
    title: '遇到欠薪怎么办',
    body: '<p>保存好考勤、工资条、聊天记录等证据，可以通过本平台“欠薪求助”向工会反映，也可以拨打 12351 职工服务热线。</p>',
  },
];

const sessions = [
  { daysAgo: 1, kind: 'pre_shift', topic: '班前十分钟：高温作业防暑', attendees: 36 },
  { daysAgo: 3, kind: 'pre_shift', topic: '班前十分钟：电动车充电安全', attendees: 28 },
  { daysAgo: 8, kind: 'class', topic: '星火课堂：新就业形态劳动者入会', attendees: 64 },
  { daysAgo: 15, kind: 'lecture', topic: '法律小讲堂：劳动合同与社保', attendees: 120 },
] as const;

export async function seedCourses(db: Queryable, longyou: { id: number; path: string }) {
  const [editor] = await db.query<{ id: number }>(sql`select id from accounts where username = 'editor'`);
  if (!editor) return;
  const [course] = await db.query<{ id: number }>(sql`insert into courses (union_id, union_path, title, summary,
      category, status, created_by, published_at)
    values (${longyou.id}, ${longyou.path}, '职工权益入门三课', '十分钟了解劳动合同、工作时间和欠薪求助。', 'law',
      'published', ${editor.id}, now())
    returning id`);
  for (const [i, l] of lessons.entries()) {
    await db.query(sql`insert into course_lessons (course_id, position, title, kind, body, seconds)
      values (${course?.id}, ${i + 1}, ${l.title}, 'article', ${l.body}, 20)`);
  }
  for (const s of sessions) {
    await db.query(sql`insert into training_sessions (union_id, union_path, kind, topic, held_on, attendees,
        recorded_by)
      values (${longyou.id}, ${longyou.path}, ${s.kind}, ${s.topic}, current_date - ${s.daysAgo}::int, ${s.attendees},
        ${editor.id})`);
  }
}
