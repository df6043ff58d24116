// Who may call the contests module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, unique } from '../../../test/authz/kit.js';
import { chinaDay } from '../../platform/clock.js';
import { sql } from '../../platform/sql.js';

/** Members take part; no admin has a member's view. */
const MEMBER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };

async function question(f: Fixture): Promise<number> {
  const [q] = await f.t.db.query<{ id: number }>(sql`insert into quiz_questions (union_id, union_path, kind, stem,
      options, answer, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, 'single', ${`矩阵题${unique()}`}, '["甲","乙"]'::jsonb, '[0]'::jsonb,
      ${f.accountId})
    returning id`);
  return Number(q?.id);
}

/** A contest of U1 open for the next hour, one question an attempt; published unless asked for a draft. */
async function contest(f: Fixture, status: 'draft' | 'published' = 'published'): Promise<number> {
  const [c] = await f.t.db.query<{ id: number }>(sql`insert into contests (union_id, union_path, title, opens_at,
      closes_at, questions_per_attempt, seconds_per_question, attempts_per_day, status, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, '矩阵竞赛', now() - interval '1 hour', now() + interval '1 hour',
      1, 60, 10, ${status}, ${f.accountId})
    returning id`);
  await f.t.db.query(sql`insert into contest_questions values (${c?.id}, ${await question(f)})`);
  return Number(c?.id);
}

/** The fixture member's own running attempt on a fresh contest (any earlier one of theirs is closed first). */
async function attempt(f: Fixture): Promise<number> {
  await endRunning(f);
  const id = await contest(f);
  const [q] = await f.t.db.query<{ question_id: number }>(sql`select question_id from contest_questions
    where contest_id = ${id}`);
  const [a] = await f.t.db.query<{ id: number }>(sql`insert into contest_attempts (contest_id, member_id, union_id,
      union_path, day, draw, served_at)
    values (${id}, ${f.memberId}, ${f.tree.u1.id}, ${f.tree.u1.path}, ${chinaDay(new Date())},
      ${JSON.stringify([{ questionId: q?.question_id, order: [0, 1] }])}::jsonb, now())
    returning id`);
  return Number(a?.id);
}

const endRunning = (f: Fixture) =>
  f.t.db.query(sql`update contest_attempts set status = 'finished', finished_at = now()
    where member_id = ${f.memberId} and status = 'running'`);

const ofU1 = (json: unknown, f: Fixture) =>
  !(json as { items: Array<{ union: { id: number } }> }).items.some((i) => i.union.id === f.tree.u1.id);

export const contestsAuthz: Record<string, Case> = {
  'GET /api/quiz/questions': {
    request: async (f) => {
      await question(f);
      return { url: '/api/quiz/questions?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/quiz/questions': {
    request: (f) => ({
      body: { unionId: f.tree.u1.id, kind: 'judge', stem: '矩阵判断题', options: ['对', '错'], answer: [1] },
    }),
    expect: OBJECT,
  },
  'POST /api/quiz/questions/import': {
    request: (f) => ({
      url: `/api/quiz/questions/import?unionId=${f.tree.u1.id}&fileName=bank.csv`,
      body: { raw: '题型,题干,选项A,选项B,答案\n单选,矩阵导入题,甲,乙,A\n' },
    }),
    expect: OBJECT,
  },
  'POST /api/quiz/questions/{id}/retire': at(OBJECT, question),
  'GET /api/contests': {
    request: async (f) => {
      await contest(f, 'draft');
      return { url: '/api/contests?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/contests': {
    request: async (f) => ({
      body: {
        unionId: f.tree.u1.id,
        title: '矩阵竞赛',
        opensAt: new Date(Date.now() + 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 7_200_000).toISOString(),
        questionsPerAttempt: 1,
        secondsPerQuestion: 30,
        attemptsPerDay: 1,
        questionIds: [await question(f)],
      },
    }),
    expect: OBJECT,
  },
  'GET /api/contests/{id}': at(OBJECT, (f) => contest(f, 'draft')),
  'POST /api/contests/{id}/publish': at(OBJECT, (f) => contest(f, 'draft')),
  'GET /api/contests/{id}/leaderboard': at(OBJECT, (f) => contest(f)),
  'GET /api/contests/{id}/unions': at(OBJECT, (f) => contest(f)),
  'GET /api/contests/{id}/results.xlsx': at(OBJECT, (f) => contest(f)),
  'GET /api/me/contests': {
    request: async (f) => {
      await contest(f);
      return { url: '/api/me/contests' };
    },
    expect: MEMBER,
  },
  'GET /api/me/contests/{id}': at(MEMBER, (f) => contest(f)),
  'GET /api/me/contests/{id}/leaderboard': at(MEMBER, (f) => contest(f)),
  'POST /api/me/contests/{id}/attempts': at(MEMBER, async (f) => {
    await endRunning(f);
    return contest(f);
  }),
  'GET /api/me/contest-attempts/{id}': at(MEMBER, attempt),
  'POST /api/me/contest-attempts/{id}/answer': at(MEMBER, attempt, { position: 0, choices: [0] }),
};
