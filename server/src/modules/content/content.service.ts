// Editors write articles for their union's subtree: drafts, review by a second editor where the union's level
// needs it (CONTENT_REVIEW_FROM_LEVEL), publishing (at once or scheduled), withdrawal; every step in the article's
// history and the audit trail. The body is sanitised here, whatever the editor sent.
import type { z } from 'zod';
import { inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { type EventLog, recordEvent, timeline } from '../../platform/timeline.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { attachmentsOf } from './content.attached.js';
import { articlePolicy } from './content.policy.js';
import { type HistoryEntry, presentArticle, presentSummary } from './content.presenter.js';
import { sanitizeArticleHtml, textOf } from './content.sanitize.js';
import type { articleBody, listArticlesQuery } from './content.schemas.js';
import { articleQuery, articleVector } from './content.search.js';
import type { ArticleRow } from './content.tables.js';

export const articleEvents: EventLog = { table: 'article_events', recordColumn: 'article_id' };

const levelRank = { province: 0, city: 1, county: 2, township: 3, base: 4 } as const;

/** Whether articles of a union at `level` need a second editor: at the configured level or above. */
export function needsReview(ctx: Ctx, level: keyof typeof levelRank): boolean {
  const from = ctx.services.config.contentReviewFromLevel;
  return from !== 'none' && levelRank[level] <= levelRank[from];
}

const selectArticle = sql.raw(`select a.*, u.name as union_name, u.level as union_level,
    w.display_name as author_name, (select count(*) from article_reads r where r.article_id = a.id)::int as reads
  from articles a join unions u on u.id = a.union_id join accounts w on w.id = a.author_account_id`);

const withReview = (ctx: Ctx, row: ArticleRow): ArticleRow => ({
  ...row,
  needs_review: needsReview(ctx, row.union_level),
});

/** An article the editor may read (404 otherwise), with whether it needs a second editor. */
export const loadArticle = (ctx: Ctx, id: number) => load(ctx, id);

async function load(ctx: Ctx, id: number, forUpdate = false): Promise<ArticleRow> {
  requirePermissionSomewhere(ctx.actor, 'content.edit');
  const [row] = await ctx.db.query<ArticleRow>(
    sql`${selectArticle} where a.id = ${id}${forUpdate ? sql.raw(' for update of a') : sql.raw('')}`,
  );
  const article = row && withReview(ctx, row);
  if (!article || !articlePolicy.read?.(ctx.actor, article)) throw notFound();
  return article;
}

export async function listArticles(ctx: Ctx, query: z.infer<typeof listArticlesQuery>) {
  requirePermissionSomewhere(ctx.actor, 'content.edit');
  const filters: Sql[] = [inScope(ctx.actor, 'content.edit', sql.raw('a.union_path'))];
  if (query.status) filters.push(sql`a.status = ${query.status}`);
  if (query.kind) filters.push(sql`a.kind = ${query.kind}`);
  // The same Chinese word search members use, or the title's text when the query has no word (a number, a sign).
  const search = query.q ? articleQuery(query.q) : null;
  if (query.q) filters.push(search ? sql`a.search_vector @@ ${search}` : sql`strpos(a.title, ${query.q}) > 0`);
  const where = sql.join(filters, sql.raw(' and '));
  return paginate<ArticleRow, ReturnType<typeof presentSummary>>(
    ctx,
    query,
    {
      rows: sql`${selectArticle} where ${where} order by a.updated_at desc, a.id desc`,
      count: sql`select 1 from articles a where ${where}`,
    },
    (rows) => rows.map((r) => presentSummary(withReview(ctx, r))),
  );
}

/** The article's steps, each with the editor who took it. */
async function history(ctx: Ctx, id: number): Promise<HistoryEntry[]> {
  const events = await timeline(ctx, articleEvents, id);
  const ids = [...new Set(events.map((e) => e.actorId).filter((v): v is number => v !== null))];
  const names = new Map(
    (
      await ctx.db.query<{ id: number; display_name: string }>(
        sql`select id, display_name from accounts where id = any(${ids}::bigint[])`,
      )
    ).map((r) => [Number(r.id), r.display_name]),
  );
  return events.map((e) => ({
    kind: e.kind,
    at: e.at,
    by: e.actorId === null ? null : (names.get(Number(e.actorId)) ?? null),
    reason: typeof e.detail?.reason === 'string' ? e.detail.reason : null,
  }));
}

export async function getArticle(ctx: Ctx, id: number) {
  const a = await loadArticle(ctx, id);
  const [events, attachments] = await Promise.all([history(ctx, id), attachmentsOf(ctx, id)]);
  return { ...presentArticle(ctx, { a, history: events }), attachments };
}

/** The stored form of what an editor sent: sanitised body, a summary, a schedule that makes sense. */
function prepare(ctx: Ctx, body: z.infer<typeof articleBody>) {
  const html = sanitizeArticleHtml(body.bodyHtml);
  const text = textOf(html);
  if (!text) throw new AppError('ARTICLE_EMPTY', { field: 'bodyHtml' });
  const publishAt = body.publishAt ? new Date(body.publishAt) : null;
  const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
  if (expiresAt && (expiresAt <= (publishAt ?? now(ctx)) || expiresAt <= now(ctx)))
    throw new AppError('ARTICLE_BAD_SCHEDULE', { field: 'expiresAt' });
  return {
    html,
    vector: articleVector(body.title, `${body.summary ?? ''} ${text}`),
    summary: body.summary || (text.length > 80 ? `${text.slice(0, 80)}…` : text),
    publishAt,
    expiresAt,
  };
}

export async function createArticle(ctx: Ctx, body: z.infer<typeof articleBody>) {
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  const actor = requirePermissionSomewhere(ctx.actor, 'content.edit');
  const p = prepare(ctx, body);
  return transaction(ctx, async (ctx) => {
    const [row] = await ctx.db.query<{ id: number }>(sql`insert into articles (union_id, union_path, kind, title,
        summary, body_html, tags, audience_categories, audience_tags, pinned, publish_at, expires_at, author_account_id,
        search_vector)
      values (${body.unionId}, ${path}, ${body.kind}, ${body.title}, ${p.summary}, ${p.html}, ${body.tags}::text[],
        ${body.audienceCategories}::text[], ${body.audienceTags}::text[], ${body.pinned}, ${p.publishAt},
        ${p.expiresAt}, ${actor.accountId}, ${p.vector})
      returning id`);
    const id = Number(row?.id);
    await recordEvent(ctx, { log: articleEvents, recordId: id, kind: 'created' });
    await audit(ctx, {
      action: 'article.create',
      targetType: 'article',
      targetId: id,
      unionId: body.unionId,
      unionPath: path,
    });
    return getArticle(ctx, id);
  });
}

/** Edits a draft or a withdrawn article (which becomes a draft again: it goes through the workflow anew). */
export async function updateArticle(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof articleBody> }) {
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  const p = prepare(ctx, body);
  return transaction(ctx, async (ctx) => {
    const article = await load(ctx, id, true);
    if (!articlePolicy.edit(ctx.actor, article)) throw new AppError('ARTICLE_NOT_EDITABLE');
    await ctx.db.query(sql`update articles set union_id = ${body.unionId}, union_path = ${path}, kind = ${body.kind},
        title = ${body.title}, summary = ${p.summary}, body_html = ${p.html}, tags = ${body.tags}::text[],
        audience_categories = ${body.audienceCategories}::text[], audience_tags = ${body.audienceTags}::text[],
        pinned = ${body.pinned}, publish_at = ${p.publishAt}, expires_at = ${p.expiresAt}, status = 'draft',
        search_vector = ${p.vector},
        submitted_by = null, reviewed_by = null, updated_at = ${now(ctx)}
      where id = ${id}`);
    await recordEvent(ctx, { log: articleEvents, recordId: id, kind: 'edited' });
    await audit(ctx, {
      action: 'article.edit',
      targetType: 'article',
      targetId: id,
      unionId: body.unionId,
      unionPath: path,
    });
    return getArticle(ctx, id);
  });
}

type Step = 'publish' | 'submit' | 'approve' | 'reject' | 'withdraw';

/** Each workflow step: the status it leads to, the history entry and the audit action it writes. */
const steps = {
  publish: { event: 'published', audit: { action: 'article.publish' } },
  submit: { event: 'submitted', audit: { action: 'article.submit' } },
  approve: { event: 'approved', audit: { action: 'article.approve' } },
  reject: { event: 'rejected', audit: { action: 'article.reject' } },
  withdraw: { event: 'withdrawn', audit: { action: 'article.withdraw' } },
} as const;

function nextStatus(step: Step, article: ArticleRow): ArticleRow['status'] {
  if (step === 'publish' || step === 'approve') return 'published';
  if (step === 'submit') return 'in_review';
  if (step === 'reject') return 'draft';
  return article.status === 'in_review' ? 'draft' : 'withdrawn';
}

function refusal(step: Step, article: ArticleRow) {
  if (step === 'publish' && article.needs_review && article.status !== 'published') return 'ARTICLE_REVIEW_REQUIRED';
  if ((step === 'approve' || step === 'reject') && article.status === 'in_review') return 'ARTICLE_OWN_REVIEW';
  return 'ARTICLE_WRONG_STATE';
}

export async function moveArticle(ctx: Ctx, { id, step, reason }: { id: number; step: Step; reason: string | null }) {
  return transaction(ctx, async (ctx) => {
    // Loaded, the caller is an editor of the article: a refused step is about its state, said in words.
    const article = await load(ctx, id, true);
    if (!articlePolicy[step](ctx.actor, article)) throw new AppError(refusal(step, article));
    const actor = requirePermissionSomewhere(ctx.actor, 'content.edit');
    const status = nextStatus(step, article);
    const at = now(ctx);
    await ctx.db.query(sql`update articles set status = ${status}, updated_at = ${at},
        submitted_by = ${step === 'submit' ? actor.accountId : status === 'draft' ? null : article.submitted_by},
        reviewed_by = ${step === 'approve' ? actor.accountId : status === 'draft' ? null : article.reviewed_by},
        published_at = ${status === 'published' ? at : article.published_at}
      where id = ${id}`);
    const detail = reason ? { reason } : null;
    await recordEvent(ctx, { log: articleEvents, recordId: id, kind: steps[step].event, detail });
    await audit(ctx, {
      ...steps[step].audit,
      targetType: 'article',
      targetId: id,
      unionId: article.union_id,
      unionPath: article.union_path,
      after: { status, ...(reason ? { reason } : {}) },
    });
    return getArticle(ctx, id);
  });
}

/** Articles waiting for the caller's review (the console's 待办): not those the caller sent. */
export async function pendingReviews(ctx: Ctx): Promise<number> {
  const accountId = ctx.actor.kind === 'admin' ? ctx.actor.accountId : 0;
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from articles a
    where a.status = 'in_review' and a.submitted_by is distinct from ${accountId}
      and ${inScope(ctx.actor, 'content.edit', sql.raw('a.union_path'))}`);
  return Number(row?.n ?? 0);
}
