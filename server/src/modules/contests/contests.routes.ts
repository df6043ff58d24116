import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import { addQuestion, listQuestions, retireQuestion } from './contests.bank.js';
import { exportResults } from './contests.export.js';
import { importQuestions, MAX_BANK_FILE } from './contests.import.js';
import { answer, getAttempt, myContest, myContestBoard, myContests, startAttempt } from './contests.play.js';
import {
  answerBody,
  answerResult,
  attemptView,
  contestBody,
  contestPage,
  contestsQuery,
  contestView,
  importQuery,
  leaderboardQuery,
  myContestsResponse,
  myContestView,
  personBoardPage,
  questionBody,
  questionImportResult,
  questionPage,
  questionsQuery,
  questionView,
  unionBoardResponse,
} from './contests.schemas.js';
import {
  contestPersonBoard,
  contestUnionBoard,
  createContest,
  getContest,
  listContests,
  publishContest,
} from './contests.service.js';

export async function contestRoutes(app: FastifyInstance) {
  // A question bank file's body is its bytes (the name travels in the query), refused over 5 MB before it is read.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_BANK_FILE },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('contests');
  // The question bank and contests, in the console.
  r.get(
    '/api/quiz/questions',
    doc('The question bank of my subtree', { query: questionsQuery, ok: questionPage }),
    (req) => listQuestions(req.ctx, req.query),
  );
  r.post(
    '/api/quiz/questions',
    doc('Add a question to a union’s bank', { body: questionBody, ok: questionView }),
    (req) => addQuestion(req.ctx, req.body),
  );
  r.post(
    '/api/quiz/questions/import',
    {
      bodyLimit: MAX_BANK_FILE,
      ...doc('Add questions from a spreadsheet (.xlsx or .csv, body = the bytes, ≤ 5 MB): all or none', {
        query: importQuery,
        ok: questionImportResult,
      }),
    },
    (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
      return importQuestions(req.ctx, { unionId: req.query.unionId, fileName: req.query.fileName, file: req.body });
    },
  );
  r.post('/api/quiz/questions/:id/retire', doc('Retire a question', { params: idParam, ok: questionView }), (req) =>
    retireQuestion(req.ctx, req.params.id),
  );
  r.get('/api/contests', doc('Contests of my subtree', { query: contestsQuery, ok: contestPage }), (req) =>
    listContests(req.ctx, req.query),
  );
  r.post('/api/contests', doc('Set up a contest (a draft)', { body: contestBody, ok: contestView }), (req) =>
    createContest(req.ctx, req.body),
  );
  r.get('/api/contests/:id', doc('One contest', { params: idParam, ok: contestView }), (req) =>
    getContest(req.ctx, req.params.id),
  );
  r.post(
    '/api/contests/:id/publish',
    doc('Publish a contest to its subtree', { params: idParam, ok: contestView }),
    (req) => publishContest(req.ctx, req.params.id),
  );
  r.get(
    '/api/contests/:id/leaderboard',
    doc('Leaderboard by person', { noStore: true, params: idParam, query: leaderboardQuery, ok: personBoardPage }),
    (req) => contestPersonBoard(req.ctx, { id: req.params.id, query: req.query }),
  );
  r.get(
    '/api/contests/:id/results.xlsx',
    doc('The results by person and by union as a workbook (audited)', { noStore: true, params: idParam }),
    async (req, reply) => {
      const file = await exportResults(req.ctx, { id: req.params.id, lang: requestLang(req) === 'en' ? 'en' : 'zh' });
      const name = `${file.title}-${requestLang(req) === 'en' ? 'results' : '成绩'}.xlsx`;
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="results.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        );
      return reply.send(file.bytes);
    },
  );
  r.get(
    '/api/contests/:id/unions',
    doc('Leaderboard by union: participation and average', { noStore: true, params: idParam, ok: unionBoardResponse }),
    (req) => contestUnionBoard(req.ctx, req.params.id),
  );
  // Taking part, in the member app.
  r.get('/api/me/contests', doc('Contests open to me', { noStore: true, ok: myContestsResponse }), (req) =>
    myContests(req.ctx),
  );
  r.get(
    '/api/me/contests/:id',
    doc('One contest, with my best and rank', { noStore: true, params: idParam, ok: myContestView }),
    (req) => myContest(req.ctx, req.params.id),
  );
  r.get(
    '/api/me/contests/:id/leaderboard',
    doc('The contest’s leaderboard (names masked)', {
      noStore: true,
      params: idParam,
      query: leaderboardQuery,
      ok: personBoardPage,
    }),
    (req) => myContestBoard(req.ctx, { id: req.params.id, query: req.query }),
  );
  // Starting and answering change nothing a process cache holds (sessions, the offers catalog): at a contest's
  // peak thousands start at once, and each would otherwise empty them.
  r.post(
    '/api/me/contests/:id/attempts',
    {
      config: { authNeutral: true },
      ...doc('Start an attempt: the first question is served', { params: idParam, ok: attemptView }),
    },
    (req) => startAttempt(req.ctx, req.params.id),
  );
  r.get(
    '/api/me/contest-attempts/:id',
    doc('My attempt: the question being served, or the result', { noStore: true, params: idParam, ok: attemptView }),
    (req) => getAttempt(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/contest-attempts/:id/answer',
    {
      config: { authNeutral: true },
      ...doc('Answer the question being served', { params: idParam, body: answerBody, ok: answerResult }),
    },
    (req) => answer(req.ctx, { id: req.params.id, body: req.body }),
  );
}
