// The question bank (题库): single choice, multiple choice and true/false questions of a union, with
// explanations and tags. Editors of the union and those above it write them; contests within that subtree use them.
import type { z } from 'zod';
import { can, inScope, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentQuestion, type QuestionRow } from './contests.presenter.js';
import type { questionBody, questionsQuery } from './contests.schemas.js';

/** Single choice and true/false have one right option, multiple choice two or more; true/false has two options. */
export function answerFits(q: Pick<z.infer<typeof questionBody>, 'kind' | 'options' | 'answer'>): boolean {
  const distinct = new Set(q.answer);
  if (distinct.size !== q.answer.length || q.answer.some((i) => i >= q.options.length)) return false;
  if (q.kind === 'judge' && q.options.length !== 2) return false;
  return q.kind === 'multiple' ? distinct.size >= 2 : distinct.size === 1;
}

const selectQuestion = sql.raw(
  `select q.*, u.name as union_name from quiz_questions q join unions u on u.id = q.union_id`,
);

export async function addQuestion(ctx: Ctx, body: z.infer<typeof questionBody>) {
  const admin = requireAdmin(ctx.actor);
  if (!answerFits(body)) throw new AppError('QUIZ_ANSWER_INVALID', { field: 'answer' });
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  return transaction(ctx, async (tx) => {
    const [q] = await tx.db.query<{ id: number }>(sql`insert into quiz_questions
        (union_id, union_path, kind, stem, options, answer, explanation, tags, created_by)
      values (${body.unionId}, ${path}, ${body.kind}, ${body.stem}, ${JSON.stringify(body.options)}::jsonb,
        ${JSON.stringify([...body.answer].sort((a, b) => a - b))}::jsonb, ${body.explanation ?? ''}, ${body.tags}::text[],
        ${admin.accountId})
      returning id`);
    await audit(tx, { action: 'quiz.question_add', targetType: 'quiz_question', targetId: Number(q?.id) });
    return getQuestion(tx, Number(q?.id));
  });
}

export async function getQuestion(ctx: Ctx, id: number) {
  const [q] = await ctx.db.query<QuestionRow>(sql`${selectQuestion} where q.id = ${id}`);
  if (!q || !can(ctx.actor, 'content.edit', q.union_path)) throw notFound();
  return presentQuestion(q);
}

export async function listQuestions(ctx: Ctx, query: z.infer<typeof questionsQuery>) {
  requireAdmin(ctx.actor);
  const text = query.q ? sql`and q.stem like ${`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : sql``;
  const tag = query.tag ? sql`and ${query.tag} = any(q.tags)` : sql``;
  const where = sql`${inScope(ctx.actor, 'content.edit', sql.raw('q.union_path'))} and q.active ${text} ${tag}`;
  return paginate<QuestionRow, ReturnType<typeof presentQuestion>>(
    ctx,
    query,
    {
      rows: sql`${selectQuestion} where ${where} order by q.id desc`,
      count: sql`select 1 from quiz_questions q where ${where}`,
    },
    (rows) => rows.map(presentQuestion),
  );
}

/** Retired questions stay for the attempts that used them; no new contest picks them. */
export async function retireQuestion(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  await getQuestion(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update quiz_questions set active = false where id = ${id}`);
    await audit(tx, { action: 'quiz.question_retire', targetType: 'quiz_question', targetId: id });
    return getQuestion(tx, id);
  });
}
