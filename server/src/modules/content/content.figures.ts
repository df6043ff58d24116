// What the content module adds to the cockpit (platform/figures.ts): articles published in the subtree this year,
// and how many times members opened them (each member once per article).
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const articlesPublished: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from articles
    where status = 'published' and published_at >= ${from} and published_at < ${to}
      and ${withinSubtree(sql.raw('union_path'), path)}`);
  return Number(row?.n ?? 0);
};

const articleReads: FigureQuery = async (ctx, { path, from, to }) => {
  const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n
    from article_reads r join articles a on a.id = r.article_id
    where r.read_at >= ${from} and r.read_at < ${to} and ${withinSubtree(sql.raw('a.union_path'), path)}`);
  return Number(row?.n ?? 0);
};

export const contentFigures = { articlesPublished, articleReads };
