// A contest's results as a workbook for the year-end report: the leaderboard by person (names masked, as on
// screen; answers faster than reading flagged) and by union (participation and average). Audited, like every
// export; no personal data beyond the masked name, so it is a direct download.
import ExcelJS from 'exceljs';
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { neutralise } from '../../platform/spreadsheet.js';
import { personBoard, unionBoard } from './contests.board.js';
import { loadContest } from './contests.service.js';

/** Every participant: far above a county's contest, and bounded so one request cannot build an endless file. */
const MAX_ROWS = 100_000;

const words = {
  zh: {
    people: '个人排名',
    unions: '单位排名',
    person: ['名次', '姓名', '单位', '答对题数', '用时（秒）', '疑似过快'],
    union: ['单位', '会员数', '参与人数', '参与率', '平均答对题数'],
    yes: '是',
    no: null,
  },
  en: {
    people: 'By person',
    unions: 'By union',
    person: ['Rank', 'Name', 'Union', 'Right answers', 'Time (s)', 'Too fast'],
    union: ['Union', 'Members', 'Took part', 'Participation', 'Average right'],
    yes: 'yes',
    no: null,
  },
};

export async function exportResults(ctx: Ctx, { id, lang }: { id: number; lang: 'zh' | 'en' }) {
  requireAdmin(ctx.actor);
  const contest = await loadContest(ctx, id);
  const [people, unions] = await Promise.all([
    personBoard(ctx, { contestId: id, page: { page: 1, pageSize: MAX_ROWS } }),
    unionBoard(ctx, { id, union_path: contest.union_path }),
  ]);
  const w = words[lang];
  const book = new ExcelJS.Workbook();
  const sheet = (name: string, headers: string[], rows: unknown[][]) => {
    const s = book.addWorksheet(name);
    s.addRow([neutralise(contest.title)]).font = { bold: true };
    s.addRow(headers).font = { bold: true };
    for (const row of rows) s.addRow(row.map(neutralise));
    s.columns.forEach((c) => {
      c.width = 16;
    });
  };
  sheet(
    w.people,
    w.person,
    people.items.map((p) => [
      p.rank,
      p.name,
      p.union,
      p.correct,
      Math.round(p.ms / 100) / 10,
      p.flagged ? w.yes : w.no,
    ]),
  );
  sheet(
    w.unions,
    w.union,
    unions.items.map((u) => [
      u.union.name,
      u.members,
      u.participants,
      `${Math.round(u.rate * 1000) / 10}%`,
      u.averageCorrect,
    ]),
  );
  await audit(ctx, {
    action: 'contest.results_export',
    targetType: 'contest',
    targetId: id,
    unionId: contest.union_id,
    unionPath: contest.union_path,
    detail: { people: people.items.length, unions: unions.items.length },
  });
  return { title: contest.title, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}
