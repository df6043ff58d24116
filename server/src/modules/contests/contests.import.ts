// Questions from a spreadsheet (.xlsx or .csv, read like the member roster: title rows above the header, merged
// header cells, GBK CSV). One row a question: 题型, 题干, 选项A…选项F, 答案 (letters, or 对/错), 解析, 标签. Every row
// is checked first; one bad row adds nothing and the editor gets every row's problem, so a file goes in whole.
import { requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { normalizeText } from '../../platform/validators.js';
import { type Cell, readSheet } from '../imports/imports.parse.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { answerFits } from './contests.bank.js';

export const MAX_BANK_FILE = 5 * 1024 * 1024;
const MAX_QUESTIONS = 2000;
const KINDS: Record<string, 'single' | 'multiple' | 'judge'> = {
  单选: 'single',
  单选题: 'single',
  多选: 'multiple',
  多选题: 'multiple',
  判断: 'judge',
  判断题: 'judge',
};
const LETTERS = 'ABCDEF';
const REQUIRED = ['题型', '题干', '答案'] as const;

/** What is wrong with a row, by column: the console shows these in words. */
export type RowProblem = 'formula' | 'kind' | 'stem' | 'options' | 'answer';

interface Parsed {
  kind: 'single' | 'multiple' | 'judge';
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
  tags: string[];
}

const text = (c: Cell | undefined) => (typeof c === 'string' ? normalizeText(c) : '');

function parseRow(row: Cell[], col: Map<string, number>): Parsed | RowProblem {
  if (row.some((c) => typeof c === 'object')) return 'formula';
  const kind = KINDS[text(row[col.get('题型') as number])];
  if (!kind) return 'kind';
  const stem = text(row[col.get('题干') as number]);
  if (!stem || [...stem].length > 500 || /[<>]/.test(stem)) return 'stem';
  const options =
    kind === 'judge'
      ? ['对', '错']
      : [...LETTERS].map((l) => text(row[col.get(`选项${l}`) ?? -1])).filter((o) => o !== '');
  if (options.length < 2 || options.some((o) => [...o].length > 100 || /[<>]/.test(o))) return 'options';
  const raw = text(row[col.get('答案') as number])
    .toUpperCase()
    .replace(/[\s,，、]/g, '');
  const answer =
    kind === 'judge'
      ? raw === '对' || raw === '正确' || raw === 'A'
        ? [0]
        : raw === '错' || raw === '错误' || raw === 'B'
          ? [1]
          : []
      : [...raw].map((l) => LETTERS.indexOf(l));
  if (answer.length === 0 || answer.some((i) => i < 0) || !answerFits({ kind, options, answer })) return 'answer';
  const explanation = text(row[col.get('解析') ?? -1]).slice(0, 500);
  const tags = text(row[col.get('标签') ?? -1])
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((t) => t.slice(0, 20));
  return { kind, stem, options, answer: [...answer].sort((a, b) => a - b), explanation, tags };
}

export async function importQuestions(ctx: Ctx, input: { unionId: number; fileName: string; file: Buffer }) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: input.unionId, permission: 'content.edit' });
  const { rows } = await readSheet(input.file, input.fileName);
  const headerAt = rows.findIndex((r) => r.some((c) => text(c) === '题干'));
  const header = (rows[headerAt] ?? []).map(text);
  const missing = REQUIRED.filter((h) => !header.includes(h));
  if (headerAt < 0 || missing.length > 0) {
    throw new AppError('QUIZ_IMPORT_NO_COLUMN', { field: 'file', column: missing.join('、') || '题干' });
  }
  const col = new Map(
    header.map((h, i) => [h.replace(/^选项([a-f])$/, (_, l: string) => `选项${l.toUpperCase()}`), i]),
  );
  const body = rows.slice(headerAt + 1).filter((r) => r.some((c) => text(c) !== '' || typeof c === 'object'));
  if (body.length === 0) throw new AppError('QUIZ_IMPORT_EMPTY', { field: 'file' });
  if (body.length > MAX_QUESTIONS) throw new AppError('QUIZ_IMPORT_TOO_MANY', { field: 'file', max: MAX_QUESTIONS });
  const parsed = body.map((r) => parseRow(r, col));
  // Row numbers as the spreadsheet shows them (1-based, header included), so the editor finds the row.
  const problems = parsed.flatMap((p, i) => (typeof p === 'string' ? [{ row: headerAt + i + 2, problem: p }] : []));
  if (problems.length > 0) return { added: 0, problems };
  const questions = parsed as Parsed[];
  await transaction(ctx, async (tx) => {
    await tx.db.query(sql`insert into quiz_questions
        (union_id, union_path, kind, stem, options, answer, explanation, tags, created_by)
      select ${input.unionId}, ${path}, q.kind, q.stem, q.options, q.answer, q.explanation,
        array(select jsonb_array_elements_text(q.tags)), ${admin.accountId}
      from jsonb_to_recordset(${JSON.stringify(questions)}::jsonb)
        as q(kind text, stem text, options jsonb, answer jsonb, explanation text, tags jsonb)`);
    await audit(tx, { action: 'quiz.import', targetType: 'union', targetId: input.unionId });
  });
  return { added: questions.length, problems: [] };
}
