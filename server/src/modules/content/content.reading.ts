// What a member reads: articles published by their union or any union above it, shown from their publish time
// until they expire, for every member of the subtree or only the categories and tags chosen. Opening one records
// that this member read it (once), which is all a publisher sees: a count.
import type { z } from 'zod';
import { requireMember } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { type Sql, sql } from '../../platform/sql.js';
import { attachmentsOf } from './content.attached.js';
import { presentForReader, type ReaderRow } from './content.presenter.js';
import type { readerQuery } from './content.schemas.js';
import { articleQuery, markedWords } from './content.search.js';

/** '/1/3/30/' → ['/1/', '/1/3/', '/1/3/30/']: the member's union and every union above it. */
export const ancestorPaths = (path: string): string[] => {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
};

async function reader(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) return null;
  const [m] = await ctx.db.query<{ category: string; tags: string[] }>(
    sql`select category, tags from members where id = ${actor.memberId} and status = 'active'`,
  );
  return m ? { memberId: actor.memberId, paths: ancestorPaths(actor.unionPath), ...m } : null;
}

/**
 * The published articles addressed to this member, live at this moment. "No audience" is written as equality with
 * the empty array, which the planner estimates from the column's statistics; `cardinality(…) = 0` has none, and its
 * default guess (0.5 %) made it rank a search's every match instead of reading the newest ones (bench:content).
 */
function visibleTo(ctx: Ctx, r: NonNullable<Awaited<ReturnType<typeof reader>>>): Sql {
  const at = now(ctx);
  return sql`a.status = 'published' and a.union_path = any(${r.paths}::text[])
    and (a.publish_at is null or a.publish_at <= ${at}) and (a.expires_at is null or a.expires_at > ${at})
    and (a.audience_categories = '{}' or ${r.category} = any(a.audience_categories))
    and (a.audience_tags = '{}' or a.audience_tags && ${r.tags}::text[])`;
}

const readerColumns = (memberId: number) => sql`a.id, a.kind, a.title, a.summary, u.name as union_name, a.pinned,
  coalesce(a.publish_at, a.published_at) as shown_at,
  exists(select 1 from article_reads r where r.article_id = a.id and r.member_id = ${memberId}) as read`;

/**
 * A search ranks the newest SEARCH_WINDOW matches by relevance, and its total counts at most that many. A broad word
 * (会员) is in half of all articles: ranking every one of them cost 90 ms at 50,000 articles (bench:content), and
 * nobody pages past the first thousand results of a news search.
 */
export const SEARCH_WINDOW = 1000;

export async function myArticles(ctx: Ctx, query: z.infer<typeof readerQuery>) {
  const r = await reader(ctx);
  const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  if (!r) return empty;
  // A search ranks by relevance (title words above body words); a list is pinned first, then newest.
  const search = query.q ? articleQuery(query.q) : null;
  if (query.q && !search) return empty;
  const words = query.q && search ? markedWords(query.q) : [];
  const where = sql`${visibleTo(ctx, r)}${query.kind ? sql` and a.kind = ${query.kind}` : sql``}`;
  const present = (rows: ReaderRow[]) => rows.map((row) => ({ ...presentForReader(row), words }));
  if (!search)
    return paginate<ReaderRow, ReturnType<typeof presentForReader> & { words: string[] }>(
      ctx,
      query,
      {
        rows: sql`select ${readerColumns(r.memberId)} from articles a join unions u on u.id = a.union_id
          where ${where} order by a.pinned desc, shown_at desc, a.id desc`,
        count: sql`select 1 from articles a where ${where}`,
      },
      present,
    );
  // The window, newest first in the order of articles_shown_idx; the page is ranked by ids and rank alone, and only
  // its rows are joined and read (a read mark per row of the whole window cost more than the ranking).
  const hits = sql`select a.id, a.search_vector, coalesce(a.publish_at, a.published_at) as shown_at from articles a
    where ${where} and a.search_vector @@ ${search}
    order by coalesce(a.publish_at, a.published_at) desc, a.id desc limit ${SEARCH_WINDOW}`;
  const rows = await ctx.db.query<ReaderRow>(sql`with hits as (${hits}),
    page as (select id, ts_rank(search_vector, ${search}) as rank, shown_at from hits
      order by rank desc, shown_at desc, id desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize})
    select ${readerColumns(r.memberId)} from page p join articles a on a.id = p.id join unions u on u.id = a.union_id
    order by p.rank desc, p.shown_at desc, p.id desc`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from (select 1 from articles a
    where ${where} and a.search_vector @@ ${search} limit ${SEARCH_WINDOW}) as counted`);
  return { items: present(rows), total: Number(count?.n ?? 0), page: query.page, pageSize: query.pageSize };
}

/** Whether the signed-in member may read the article now (published to them and live). */
export async function readableArticle(ctx: Ctx, id: number): Promise<boolean> {
  const r = await reader(ctx);
  if (!r) return false;
  const [row] = await ctx.db.query(sql`select 1 from articles a where a.id = ${id} and ${visibleTo(ctx, r)}`);
  return row !== undefined;
}

export async function readArticle(ctx: Ctx, id: number) {
  const r = await reader(ctx);
  if (!r) throw notFound();
  const [row] = await ctx.db.query<ReaderRow>(sql`select ${readerColumns(r.memberId)}, a.body_html, a.tags
    from articles a join unions u on u.id = a.union_id where a.id = ${id} and ${visibleTo(ctx, r)}`);
  if (!row) throw notFound();
  await ctx.db.query(sql`insert into article_reads (article_id, member_id, read_at) values (${id}, ${r.memberId},
    ${now(ctx)}) on conflict do nothing`);
  return {
    ...presentForReader(row),
    read: true,
    bodyHtml: row.body_html ?? '',
    tags: row.tags ?? [],
    attachments: await attachmentsOf(ctx, id),
  };
}
