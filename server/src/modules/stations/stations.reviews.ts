// Reviews (评价): only a member who was there may rate, once per visit or attended booking. Any HTML in the text
// is removed (sanitize-html with nothing allowed keeps the words and drops the tags), and a member may post five
// reviews an hour. The station's managers reply; a review's handling status is open → answered → closed.
import sanitizeHtml from 'sanitize-html';
import type { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { enforce } from '../../platform/ratelimit.js';
import { sql } from '../../platform/sql.js';
import { normalizeText } from '../../platform/validators.js';
import { stationFor } from './stations.access.js';
import { presentReview, type ReviewRow } from './stations.presenter.js';
import type { replyBody, reviewBody, reviewsQuery } from './stations.schemas.js';
import { memberOf } from './stations.visits.js';

export const REVIEWS_PER_HOUR = 5;

const selectReview = sql.raw(`select r.*, s.name as station_name, m.name as member_name
  from station_reviews r join stations s on s.id = r.station_id join members m on m.id = r.member_id`);

/** Plain words of whatever was typed or pasted: tags dropped, entities decoded, whitespace tidied. */
export function plainWords(text: string): string {
  const stripped = sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });
  const decoded = stripped
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
  return normalizeText(decoded.replace(/[<>]/g, ''));
}

export async function review(ctx: Ctx, body: z.infer<typeof reviewBody>) {
  const me = memberOf(ctx);
  if ((body.visitId === undefined) === (body.bookingId === undefined)) throw new AppError('REVIEW_NEEDS_VISIT');
  const comment = plainWords(body.comment);
  if ([...comment].length > 500) throw invalid('comment');
  const [source] = body.visitId
    ? await ctx.db.query<{ station_id: number; union_path: string; member_id: number; ok: boolean; reviewed: boolean }>(
        sql`select v.station_id, v.union_path, v.member_id, true as ok,
          exists (select 1 from station_reviews r where r.visit_id = v.id) as reviewed
        from station_visits v where v.id = ${body.visitId}`,
      )
    : await ctx.db.query<{ station_id: number; union_path: string; member_id: number; ok: boolean; reviewed: boolean }>(
        sql`select b.station_id, b.union_path, b.member_id, b.status = 'attended' as ok,
          exists (select 1 from station_reviews r where r.booking_id = b.id) as reviewed
        from room_bookings b where b.id = ${body.bookingId ?? 0}`,
      );
  if (!source || Number(source.member_id) !== me.memberId) throw notFound();
  if (!source.ok) throw new AppError('REVIEW_NEEDS_VISIT');
  if (source.reviewed) throw new AppError('REVIEW_ALREADY');
  await enforce(ctx.db, [{ key: `station-review:${me.memberId}`, limit: REVIEWS_PER_HOUR, windowSeconds: 3600 }]);
  try {
    return await transaction(ctx, async (tx) => {
      const [row] = await tx.db.query<{ id: number }>(sql`insert into station_reviews (station_id, union_path,
          member_id, visit_id, booking_id, rating, comment, created_at)
        values (${source.station_id}, ${source.union_path}, ${me.memberId}, ${body.visitId ?? null},
          ${body.bookingId ?? null}, ${body.rating}, ${comment}, ${now(tx)})
        returning id`);
      const [r] = await tx.db.query<ReviewRow>(sql`${selectReview} where r.id = ${row?.id}`);
      return presentReview(tx.actor, r as ReviewRow);
    });
  } catch (error) {
    // Two reviews of one visit sent at once: the unique key keeps one.
    if ((error as { code?: string }).code === '23505') throw new AppError('REVIEW_ALREADY');
    throw error;
  }
}

export async function stationReviews(
  ctx: Ctx,
  { stationId, ...query }: { stationId: number } & z.infer<typeof reviewsQuery>,
) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  const where = sql`r.station_id = ${stationId} and (${query.status ?? null}::text is null
    or r.status = ${query.status ?? null})`;
  return paginate<ReviewRow, ReturnType<typeof presentReview>>(
    ctx,
    query,
    {
      rows: sql`${selectReview} where ${where} order by r.created_at desc, r.id desc`,
      count: sql`select 1 from station_reviews r where ${where}`,
    },
    (rows) => rows.map((r) => presentReview(ctx.actor, r)),
  );
}

async function reviewFor(ctx: Ctx, id: number): Promise<ReviewRow> {
  const [r] = await ctx.db.query<ReviewRow>(sql`${selectReview} where r.id = ${id}`);
  if (!r) throw notFound();
  await stationFor(ctx, { id: Number(r.station_id), need: 'operate' });
  if (r.status === 'closed') throw new AppError('REVIEW_CLOSED');
  return r;
}

export async function replyToReview(ctx: Ctx, { id, ...body }: { id: number } & z.infer<typeof replyBody>) {
  await reviewFor(ctx, id);
  const by = ctx.actor.kind === 'admin' ? ctx.actor.accountId : null;
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update station_reviews set reply = ${body.reply}, replied_by = ${by},
        replied_at = coalesce(replied_at, ${now(tx)}), status = 'answered'
      where id = ${id}`);
    await audit(tx, { action: 'station.review.reply', targetType: 'station_review', targetId: id });
    const [r] = await tx.db.query<ReviewRow>(sql`${selectReview} where r.id = ${id}`);
    return presentReview(tx.actor, r as ReviewRow);
  });
}

export async function closeReview(ctx: Ctx, id: number) {
  await reviewFor(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update station_reviews set status = 'closed' where id = ${id}`);
    await audit(tx, { action: 'station.review.close', targetType: 'station_review', targetId: id });
    const [r] = await tx.db.query<ReviewRow>(sql`${selectReview} where r.id = ${id}`);
    return presentReview(tx.actor, r as ReviewRow);
  });
}
