// Knowledge contests through the real app: the bank's rules, the served-one-at-a-time attempt with the server's
// clock, the daily limit, one running attempt per member, points once, and leaderboards with ties broken by time.
// The expected right options and ranks are worked out here from the bank's own data, not by the module's code.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { postPendingAwards } from './contests.award.js';
import { commitAnswers } from './contests.commit.js';
import { AnswerEngine } from './contests.engine.js';

const START = '2026-12-07T01:00:00Z'; // 09:00 in China, a Monday
const SECONDS = 20;
const GRACE = 1500;

interface Served {
  position: number;
  kind: string;
  stem: string;
  options: string[];
}
interface BankQuestion {
  id: number;
  stem: string;
  options: string[];
  answer: number[];
}

describe.each(dbKinds)('contests on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: START });
  let editor: Agent;
  let siblingEditor: Agent;
  const bank: BankQuestion[] = [];
  let contestId: number;
  let alice: Agent;
  let bob: Agent;
  let carol: Agent;
  let outsider: Agent;

  /** The served indexes of the right options, found by matching the shown texts against the bank's answer. */
  const rightChoices = (q: Served) => {
    const source = bank.find((b) => b.stem === q.stem) as BankQuestion;
    return source.answer.map((i) => q.options.indexOf(source.options[i] as string)).sort((a, b) => a - b);
  };
  const wrongChoice = (q: Served) => [q.options.findIndex((_, i) => !rightChoices(q).includes(i))];

  beforeAll(async () => {
    editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
    siblingEditor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c2 }));
    const questions = [
      { kind: 'single', stem: '职工每周工作时间不超过多少小时？', options: ['40', '44', '48'], answer: [1] },
      {
        kind: 'multiple',
        stem: '以下哪些属于工会的基本职责？',
        options: ['维护', '建设', '参与', '教育'],
        answer: [0, 3],
      },
      { kind: 'judge', stem: '用人单位可以扣押劳动者的身份证。', options: ['对', '错'], answer: [1] },
    ];
    for (const q of questions) {
      const res = await editor.post('/api/quiz/questions', { unionId: tree.c1.id, ...q, explanation: '见劳动法' });
      expect(res.statusCode, res.body).toBe(200);
      bank.push(res.json());
    }
    const created = await editor.post('/api/contests', {
      unionId: tree.c1.id,
      title: '劳动法知识竞赛',
      opensAt: START,
      closesAt: '2026-12-10T01:00:00Z',
      questionsPerAttempt: 3,
      secondsPerQuestion: SECONDS,
      attemptsPerDay: 1,
      pointsPerCorrect: 5,
      questionIds: bank.map((q) => q.id),
    });
    expect(created.statusCode, created.body).toBe(200);
    contestId = created.json().id;
    expect((await editor.post(`/api/contests/${contestId}/publish`)).json().status).toBe('published');
    const agentIn = async (union: typeof tree.u1) => memberAgent(t, (await buildMember(t, union)).phone);
    alice = await agentIn(tree.u1);
    bob = await agentIn(tree.u1);
    carol = await agentIn(tree.u2);
    outsider = await agentIn(tree.u3);
  });

  it('keeps the bank honest: one right option for single and true/false, two or more for multiple', async () => {
    const bad = [
      { kind: 'single', options: ['甲', '乙', '丙'], answer: [0, 1] },
      { kind: 'multiple', options: ['甲', '乙', '丙'], answer: [2] },
      { kind: 'judge', options: ['对', '错', '不知道'], answer: [0] },
      { kind: 'single', options: ['甲', '乙'], answer: [2] },
    ];
    for (const q of bad) {
      const res = await editor.post('/api/quiz/questions', { unionId: tree.c1.id, stem: '坏题', ...q });
      expect(res.json().error.code, JSON.stringify(q)).toBe('QUIZ_ANSWER_INVALID');
    }
    const list = (await editor.get('/api/quiz/questions?pageSize=100')).json();
    expect(list.items.map((q: BankQuestion) => q.stem).sort()).toEqual(bank.map((q) => q.stem).sort());
    expect((await siblingEditor.get('/api/quiz/questions')).json().items).toEqual([]);
    const foreign = await siblingEditor.post('/api/contests', {
      unionId: tree.c2.id,
      title: '借用别人的题',
      opensAt: START,
      closesAt: '2026-12-10T01:00:00Z',
      questionsPerAttempt: 1,
      secondsPerQuestion: SECONDS,
      attemptsPerDay: 1,
      questionIds: [bank[0]?.id],
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('shows the contest to members of the subtree only', async () => {
    const mine = (await alice.get('/api/me/contests')).json().items;
    expect(mine.map((c: { title: string }) => c.title)).toEqual(['劳动法知识竞赛']);
    expect(mine[0].attemptsLeftToday).toBe(1);
    expect((await outsider.get('/api/me/contests')).json().items).toEqual([]);
    expect((await outsider.get(`/api/me/contests/${contestId}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/me/contests/${contestId}/attempts`)).statusCode).toBe(404);
  });

  it('serves one question at a time, times it on the server and scores it', async () => {
    const started = await alice.post(`/api/me/contests/${contestId}/attempts`);
    expect(started.statusCode, started.body).toBe(200);
    const attempt = started.json();
    // Nothing of the answer travels with the question.
    expect(Object.keys(attempt.question).sort()).toEqual(
      ['deadline', 'kind', 'options', 'position', 'seconds', 'servedAt', 'stem', 'total'].sort(),
    );
    const first: Served = attempt.question;
    const source = bank.find((b) => b.stem === first.stem) as BankQuestion;
    expect([...first.options].sort()).toEqual([...source.options].sort());

    // Not yet served, then answered twice: refused, and nothing moves.
    expect(
      (await alice.post(`/api/me/contest-attempts/${attempt.id}/answer`, { position: 1, choices: [0] })).json().error
        .code,
    ).toBe('CONTEST_NOT_SERVED');
    expect((await alice.get(`/api/me/contest-attempts/${attempt.id}`)).json().question.position).toBe(0);
    clock.advance(5_000);
    const one = await alice.post(`/api/me/contest-attempts/${attempt.id}/answer`, {
      position: 0,
      choices: rightChoices(first),
    });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().correct).toBe(true);
    expect(one.json().rightChoices).toEqual(rightChoices(first));
    expect(one.json().explanation).toBe('见劳动法');
    expect(
      (await alice.post(`/api/me/contest-attempts/${attempt.id}/answer`, { position: 0, choices: [0] })).json().error
        .code,
    ).toBe('CONTEST_ALREADY_ANSWERED');

    // The second question: one millisecond past its time and the grace, it counts as unanswered.
    const second: Served = one.json().attempt.question;
    clock.advance(SECONDS * 1000 + GRACE + 1);
    const late = await alice.post(`/api/me/contest-attempts/${attempt.id}/answer`, {
      position: 1,
      choices: rightChoices(second),
    });
    expect(late.json().error.code).toBe('CONTEST_TIME_UP');
    const after = (await alice.get(`/api/me/contest-attempts/${attempt.id}`)).json();
    expect(after.question.position).toBe(2);
    expect(after.correct).toBe(1);

    // The third exactly on the limit: still in time.
    clock.advance(SECONDS * 1000 + GRACE);
    const third = await alice.post(`/api/me/contest-attempts/${attempt.id}/answer`, {
      position: 2,
      choices: rightChoices(after.question),
    });
    expect(third.statusCode, third.body).toBe(200);
    const done = third.json().attempt;
    expect(done).toMatchObject({ status: 'finished', question: null, correct: 2, total: 3, points: 10, rank: 1 });
    expect(done.ms).toBe(5_000 + SECONDS * 1000 + (SECONDS * 1000 + GRACE));
    // The points are decided with the finish and posted to the ledger right after, in a batch of their own.
    await expect.poll(async () => (await alice.get('/api/me/points')).json().balance).toBe(10);
  });

  it('allows the attempts of a day, and the next day again, with points only once', async () => {
    expect((await alice.post(`/api/me/contests/${contestId}/attempts`)).json().error.code).toBe('CONTEST_DAILY_LIMIT');
    clock.advance(24 * 3_600_000);
    const again = (await alice.post(`/api/me/contests/${contestId}/attempts`)).json();
    let q: Served | null = again.question;
    while (q) {
      clock.advance(2_000);
      const res = await alice.post(`/api/me/contest-attempts/${again.id}/answer`, {
        position: q.position,
        choices: rightChoices(q),
      });
      q = res.json().attempt.question;
      if (!q) expect(res.json().attempt).toMatchObject({ correct: 3, points: 0, rank: 1 });
    }
    expect((await alice.get('/api/me/points')).json().balance).toBe(10);
    expect((await alice.get(`/api/me/contests/${contestId}`)).json()).toMatchObject({
      attemptsLeftToday: 0,
      pointsEarned: 10,
      best: { correct: 3, ms: 6_000, rank: 1 },
    });
  });

  it('runs one attempt at a time, and one left behind ends once its time is up', async () => {
    const other = await editor.post('/api/contests', {
      unionId: tree.u1.id,
      title: '第二场竞赛',
      opensAt: START,
      closesAt: '2026-12-10T01:00:00Z',
      questionsPerAttempt: 2,
      secondsPerQuestion: SECONDS,
      attemptsPerDay: 3,
      questionIds: bank.map((q) => q.id),
    });
    const secondId = other.json().id;
    await editor.post(`/api/contests/${secondId}/publish`);
    const left = (await bob.post(`/api/me/contests/${secondId}/attempts`)).json();
    expect(left.status).toBe('running');
    expect((await bob.post(`/api/me/contests/${contestId}/attempts`)).json().error.code).toBe(
      'CONTEST_ATTEMPT_RUNNING',
    );
    clock.advance(SECONDS * 1000 + GRACE + 1);
    const now = await bob.post(`/api/me/contests/${contestId}/attempts`);
    expect(now.statusCode, now.body).toBe(200);
    const abandoned = (await bob.get(`/api/me/contest-attempts/${left.id}`)).json();
    expect(abandoned).toMatchObject({ status: 'finished', correct: 0 });
    expect((await alice.get(`/api/me/contest-attempts/${left.id}`)).statusCode).toBe(404);
  });

  it('ranks by right answers, then by time; flags answers faster than reading; counts unions by participation', async () => {
    // Bob (running on the main contest from the test above) answers all right, each at once: faster than reading.
    let bobQ: Served | null = (await bob.get('/api/me/contests'))
      .json()
      .items.find((c: { id: number }) => c.id === contestId).runningAttemptId
      ? null
      : null;
    const bobAttempt = (await bob.get(`/api/me/contests/${contestId}`)).json().runningAttemptId as number;
    bobQ = (await bob.get(`/api/me/contest-attempts/${bobAttempt}`)).json().question;
    while (bobQ) {
      clock.advance(100);
      const res = await bob.post(`/api/me/contest-attempts/${bobAttempt}/answer`, {
        position: bobQ.position,
        choices: rightChoices(bobQ),
      });
      bobQ = res.json().attempt.question;
    }
    // Carol (U2) gets one wrong, slowly.
    const carolAttempt = (await carol.post(`/api/me/contests/${contestId}/attempts`)).json();
    let carolQ: Served | null = carolAttempt.question;
    while (carolQ) {
      clock.advance(3_000);
      const res = await carol.post(`/api/me/contest-attempts/${carolAttempt.id}/answer`, {
        position: carolQ.position,
        choices: carolQ.position === 0 ? wrongChoice(carolQ) : rightChoices(carolQ),
      });
      carolQ = res.json().attempt.question;
    }
    const board = (await editor.get(`/api/contests/${contestId}/leaderboard`)).json();
    // Alice's best: 3 right in 6,000 ms; Bob: 3 right in 300 ms; Carol: 2 right in 9,000 ms.
    expect(
      board.items.map((r: { rank: number; correct: number; ms: number; flagged: boolean }) => [
        r.rank,
        r.correct,
        r.ms,
        r.flagged,
      ]),
    ).toEqual([
      [1, 3, 300, true],
      [2, 3, 6_000, false],
      [3, 2, 9_000, false],
    ]);
    expect(board.items.every((r: { name: string }) => r.name.includes('*'))).toBe(true);
    expect((await carol.get(`/api/me/contests/${contestId}`)).json().best).toEqual({ correct: 2, ms: 9_000, rank: 3 });

    const unions = (await editor.get(`/api/contests/${contestId}/unions`)).json().items;
    const byId = Object.fromEntries(unions.map((u: { union: { id: number } }) => [u.union.id, u]));
    // U1: Alice and Bob of its members took part; U2: Carol; U3 is outside the contest's county.
    const [u1Members] = await t.db.query<{ n: number }>(
      sql`select count(*)::int as n from members where union_id = ${tree.u1.id} and status = 'active'`,
    );
    expect(byId[tree.u1.id]).toMatchObject({
      members: Number(u1Members?.n),
      participants: 2,
      rate: 2 / Number(u1Members?.n),
      averageCorrect: 3,
    });
    expect(byId[tree.u2.id]).toMatchObject({ participants: 1, averageCorrect: 2 });
    expect(byId[tree.u3.id]).toBeUndefined();
    expect((await siblingEditor.get(`/api/contests/${contestId}/leaderboard`)).statusCode).toBe(404);

    // The same results as a workbook: the people sheet row for row as the board, the unions sheet as listed.
    const file = await editor.get(`/api/contests/${contestId}/results.xlsx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('劳动法知识竞赛-成绩.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const values = (name: string) =>
      (book.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const people = values('个人排名');
    expect(people[0]).toEqual(['劳动法知识竞赛']);
    expect(people[1]).toEqual(['名次', '姓名', '单位', '答对题数', '用时（秒）', '疑似过快']);
    expect(people.slice(2)).toEqual(
      board.items.map(
        (r: { rank: number; name: string; union: string; correct: number; ms: number; flagged: boolean }) =>
          [r.rank, r.name, r.union, r.correct, r.ms / 1000, r.flagged ? '是' : undefined].slice(0, r.flagged ? 6 : 5),
      ),
    );
    expect(
      values('单位排名')
        .slice(2)
        .map((row) => row[0]),
    ).toEqual(unions.map((u: { union: { name: string } }) => u.union.name));
    const exported = (await auditRows(t, 'contest.results_export')).filter((a) => a.target_id === String(contestId));
    expect(exported.map((a) => a.detail)).toEqual([{ people: 3, unions: unions.length }]);
    expect((await siblingEditor.get(`/api/contests/${contestId}/results.xlsx`)).statusCode).toBe(404);
  });

  it('adds participants and finished attempts to the cockpit of the subtree', async () => {
    const figures = async (union: typeof tree.c1) => {
      const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union }));
      const all = (await admin.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>;
      return Object.fromEntries(all.filter((f) => f.key.startsWith('contests.')).map((f) => [f.key, f.value]));
    };
    // Alice twice, Bob's abandoned attempt and his finished one, Carol once: three people, five attempts.
    expect(await figures(tree.c1)).toEqual({ 'contests.participants': 3, 'contests.attempts': 5 });
    expect(await figures(tree.c2)).toEqual({ 'contests.participants': 0, 'contests.attempts': 0 });
  });

  // A process that stops between a finish's commit and its ledger posting: the points were decided with the finish
  // and the contests.awards job posts them, once, however often it runs.
  it('posts points a stopped process left unposted, once', async () => {
    const erin = await memberAgent(t, (await buildMember(t, tree.u2)).phone);
    const started = (await erin.post(`/api/me/contests/${contestId}/attempts`)).json();
    const [row] = await t.db.query<{ member_id: number; draw: Array<{ questionId: number; order: number[] }> }>(
      sql`select member_id, draw from contest_attempts where id = ${started.id}`,
    );
    const right = (questionId: number) => bank.find((b) => b.id === questionId)?.answer ?? [];
    // The answers committed as the engine commits them, but no posting follows (the process stopped).
    for (const [position, drawn] of (row?.draw ?? []).entries()) {
      clock.advance(2_000);
      const [w] = await t.db.transaction((tx) =>
        commitAnswers(tx, [
          {
            attemptId: started.id,
            contestId,
            position,
            questionId: drawn.questionId,
            chosen: right(drawn.questionId),
            correct: true,
            timedOut: false,
            ms: 2_000,
            tooFast: false,
            at: clock.now(),
            last: position === 2,
            pointsPerCorrect: 5,
          },
        ]),
      );
      expect(w?.taken).toBe(true);
    }
    const balance = async () => (await erin.get('/api/me/points')).json().balance;
    expect((await erin.get(`/api/me/contest-attempts/${started.id}`)).json()).toMatchObject({ points: 15 });
    expect(await balance()).toBe(0);
    const ctx = systemCtx(t.services);
    expect(await postPendingAwards(ctx)).toBe(1);
    expect(await postPendingAwards(ctx)).toBe(0);
    expect(await balance()).toBe(15);
    const [posted] = await t.db.query<{ n: number }>(sql`select count(*)::int as n from points_transactions
      where idem_key = ${`contest:${contestId}:member:${row?.member_id}`}`);
    expect(posted?.n).toBe(1);
  });

  // Two server processes each keep a copy of a running attempt (contests.engine.ts). The database decides: an answer
  // the other process already took is refused, nothing is stored twice, and the next question is still served.
  it('takes each answer once when two processes hold the same attempt', async () => {
    const dave = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const started = (await dave.post(`/api/me/contests/${contestId}/attempts`)).json();
    const [row] = await t.db.query<{ member_id: number }>(
      sql`select member_id from contest_attempts where id = ${started.id}`,
    );
    const memberId = Number(row?.member_id);
    const first = new AnswerEngine(t.db, 'never');
    const second = new AnswerEngine(t.db, 'never');
    const at = () => clock.now();
    const ask = (engine: AnswerEngine, position: number, choices: number[]) =>
      engine.answer({ attemptId: started.id, memberId, position, choices, at: at() }).then(
        (o) => ({ ok: true as const, o }),
        (e: { code?: string }) => ({ ok: false as const, code: e.code }),
      );

    // The second process reads its copy (at the first question) while refusing a question not yet served.
    expect(await ask(second, 1, [0])).toEqual({ ok: false, code: 'CONTEST_NOT_SERVED' });
    clock.advance(3_000);
    const taken = await ask(first, 0, rightChoices(started.question));
    expect(taken.ok).toBe(true);
    // Its copy is stale now: the same question's answer is refused, and the right one stays stored.
    expect(await ask(second, 0, wrongChoice(started.question))).toEqual({
      ok: false,
      code: 'CONTEST_ALREADY_ANSWERED',
    });
    const stored = await t.db.query<{ position: number; correct: boolean }>(
      sql`select position, correct from contest_answers where attempt_id = ${started.id} order by position`,
    );
    expect(stored).toEqual([{ position: 0, correct: true }]);

    // A double tap on the next question in one process: one is taken, the other refused.
    const next = (await dave.get(`/api/me/contest-attempts/${started.id}`)).json().question as Served;
    const both = await Promise.all([ask(second, 1, rightChoices(next)), ask(second, 1, rightChoices(next))]);
    expect(both.filter((b) => b.ok)).toHaveLength(1);
    expect(both.filter((b) => !b.ok).map((b) => (b as { code?: string }).code)).toEqual(['CONTEST_ALREADY_ANSWERED']);
    const after = await t.db.query<{ position: number }>(
      sql`select position from contest_answers where attempt_id = ${started.id} order by position`,
    );
    expect(after.map((a) => a.position)).toEqual([0, 1]);
    const [attempt] = await t.db.query<{ position: number; correct: number }>(
      sql`select position, correct from contest_attempts where id = ${started.id}`,
    );
    expect(attempt).toEqual({ position: 2, correct: 2 });
  });
});

describe.each(dbKinds)('question bank import on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let editor: Agent;
  beforeAll(async () => {
    editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
  });

  /** An .xlsx as editors make them: a merged title row above the header, then the rows given. */
  const workbook = async (header: string[], rows: Array<Array<string | { formula: string }>>) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('题库');
    sheet.addRow(['甲县总工会 劳动法题库']);
    sheet.mergeCells(1, 1, 1, header.length);
    sheet.addRow(header);
    for (const r of rows) sheet.addRow(r);
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const upload = (file: Buffer, name = 'bank.xlsx') =>
    editor.post(`/api/quiz/questions/import?unionId=${tree.c1.id}&fileName=${encodeURIComponent(name)}`, { raw: file });
  const bankStems = async () =>
    ((await editor.get('/api/quiz/questions?pageSize=100')).json().items as Array<{ stem: string }>).map((q) => q.stem);
  const header = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '答案', '解析', '标签'];

  it('adds every question of a good file, with its right options and tags', async () => {
    const res = await upload(
      await workbook(header, [
        ['单选', '仲裁时效期间为多久？', '六个月', '一年', '两年', '', 'B', '见调解仲裁法', '劳动争议'],
        ['多选题', '哪些应支付经济补偿？', '欠薪解除', '主动辞职', '依法破产', '', 'A、C', '', '劳动合同，补偿'],
        ['判断', '可以扣押身份证。', '', '', '', '', '错', '', ''],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ added: 3, problems: [] });
    const items = (await editor.get('/api/quiz/questions?pageSize=100')).json().items as Array<{
      kind: string;
      stem: string;
      options: string[];
      answer: number[];
      tags: string[];
    }>;
    const byStem = Object.fromEntries(items.map((q) => [q.stem, q]));
    expect(byStem['仲裁时效期间为多久？']).toMatchObject({
      kind: 'single',
      options: ['六个月', '一年', '两年'],
      answer: [1],
      tags: ['劳动争议'],
    });
    expect(byStem['哪些应支付经济补偿？']).toMatchObject({
      kind: 'multiple',
      answer: [0, 2],
      tags: ['劳动合同', '补偿'],
    });
    expect(byStem['可以扣押身份证。']).toMatchObject({ kind: 'judge', options: ['对', '错'], answer: [1] });
  });

  it('adds nothing from a file with a formula or a wrong answer, and names each bad row', async () => {
    const before = await bankStems();
    const res = await upload(
      await workbook(header, [
        ['单选', '好题一', '甲', '乙', '', '', 'A', '', ''],
        ['单选', { formula: 'HYPERLINK("http://x","题")' }, '甲', '乙', '', '', 'A', '', ''],
        ['单选', '两个答案的单选', '甲', '乙', '丙', '', 'AB', '', ''],
        ['问答', '不认识的题型', '甲', '乙', '', '', 'A', '', ''],
        ['多选', '答案超出选项', '甲', '乙', '', '', 'AE', '', ''],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      added: 0,
      problems: [
        { row: 4, problem: 'formula' },
        { row: 5, problem: 'answer' },
        { row: 6, problem: 'kind' },
        { row: 7, problem: 'answer' },
      ],
    });
    expect(await bankStems()).toEqual(before);
  });

  it('refuses a file without an answer column, saying which column is missing', async () => {
    const before = await bankStems();
    const res = await upload(await workbook(['题型', '题干', '选项A', '选项B'], [['单选', '没有答案列', '甲', '乙']]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('QUIZ_IMPORT_NO_COLUMN');
    expect(res.json().error.messages['zh-CN']).toContain('「答案」');
    expect(await bankStems()).toEqual(before);
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const res = await upload(Buffer.alloc(5 * 1024 * 1024 + 1, 0x41), 'big.csv');
    expect(res.statusCode).toBe(413);
  });
});
