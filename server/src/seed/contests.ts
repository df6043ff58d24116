// A demo question bank and an open knowledge contest of 龙游县总工会, so 服务 → 知识竞赛 has something to take in a
// demo: labour-law questions written by the demo editor, the contest open for a month from today.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const questions: Array<{
  kind: 'single' | 'multiple' | 'judge';
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
}> = [
  {
    kind: 'single',
    stem: '国家实行劳动者每日工作时间不超过几小时的工时制度？',
    options: ['6 小时', '8 小时', '10 小时', '12 小时'],
    answer: [1],
    explanation: '《劳动法》第三十六条：每日工作时间不超过八小时、平均每周不超过四十四小时。',
  },
  {
    kind: 'judge',
    stem: '用人单位可以扣押劳动者的居民身份证作为担保。',
    options: ['对', '错'],
    answer: [1],
    explanation: '《劳动合同法》第九条：不得扣押劳动者的居民身份证和其他证件。',
  },
  {
    kind: 'multiple',
    stem: '以下哪些情形，用人单位应当向劳动者支付经济补偿？',
    options: [
      '用人单位未及时足额支付劳动报酬，劳动者解除合同',
      '劳动者主动辞职',
      '用人单位依法破产',
      '劳动者试用期被证明不符合录用条件',
    ],
    answer: [0, 2],
    explanation: '《劳动合同法》第四十六条列明了应当支付经济补偿的情形。',
  },
  {
    kind: 'single',
    stem: '劳动争议申请仲裁的时效期间为多久？',
    options: ['六个月', '一年', '两年', '三年'],
    answer: [1],
    explanation: '《劳动争议调解仲裁法》第二十七条：仲裁时效期间为一年。',
  },
  {
    kind: 'judge',
    stem: '新就业形态劳动者（如外卖骑手）可以加入工会。',
    options: ['对', '错'],
    answer: [0],
    explanation: '全国总工会推进新就业形态劳动者入会，骑手、快递员、网约车司机都可以入会。',
  },
];

export async function seedContests(db: Queryable, longyou: { id: number; path: string }) {
  const [editor] = await db.query<{ id: number }>(sql`select id from accounts where username = 'editor'`);
  if (!editor) return;
  const ids: number[] = [];
  for (const q of questions) {
    const [row] = await db.query<{ id: number }>(sql`insert into quiz_questions (union_id, union_path, kind, stem,
        options, answer, explanation, tags, created_by)
      values (${longyou.id}, ${longyou.path}, ${q.kind}, ${q.stem}, ${JSON.stringify(q.options)}::jsonb,
        ${JSON.stringify(q.answer)}::jsonb, ${q.explanation}, ${['劳动法']}::text[], ${editor.id})
      returning id`);
    ids.push(Number(row?.id));
  }
  const opens = new Date(Date.now() - 3_600_000);
  const closes = new Date(Date.now() + 30 * 86_400_000);
  const [contest] = await db.query<{ id: number }>(sql`insert into contests (union_id, union_path, title, description,
      opens_at, closes_at, questions_per_attempt, seconds_per_question, attempts_per_day, points_per_correct, status,
      created_by)
    values (${longyou.id}, ${longyou.path}, '劳动法律知识竞赛', '学法用法，维护自身权益。每天可答 3 次，首次完成按答对题数发放积分。',
      ${opens}, ${closes}, 5, 30, 3, 2, 'published', ${editor.id})
    returning id`);
  await db.query(sql`insert into contest_questions (contest_id, question_id)
    select ${contest?.id}, q from unnest(${ids}::bigint[]) as q`);
}
