// One page of a list and its total, the way every list endpoint answers (`pageOf` in schemas.ts): the rows of
// the page (`select … where … order by …`, to which this adds limit and offset) and a count under the same
// filter, so the page and the total never disagree about what is listed.
import type { Ctx } from './context.js';
import { type Sql, sql } from './sql.js';

export interface PageQuery {
  page: number;
  pageSize: number;
}

export async function paginate<Row, Item>(
  ctx: Ctx,
  query: PageQuery,
  list: { rows: Sql; count: Sql },
  present: (rows: Row[]) => Item[] | Promise<Item[]>,
): Promise<{ items: Item[]; total: number; page: number; pageSize: number }> {
  const rows = await ctx.db.query<Row>(
    sql`${list.rows} limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::bigint as n from (${list.count}) as counted`);
  return { items: await present(rows), total: Number(count?.n ?? 0), page: query.page, pageSize: query.pageSize };
}
