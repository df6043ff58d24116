// Offers as the console manages them: create, schedule, publish (committing the voucher budget),
// edit within what is safe once claims exist, cancel (refunding), registrations and the rush monitor.
import { authorize, can, inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import type { ErrorCode } from '../../platform/error-codes.js';
import { AppError, errorReason, notFound } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import { containsPattern, type Sql, sql } from '../../platform/sql.js';
import { commitBudget, releaseBudget } from '../vouchers/vouchers.issue.js';
import { engineFor } from './offers.engine.js';
import { releaseClaims, reofferPlaces } from './offers.lifecycle.js';
import { loadOffer, selectOffer } from './offers.lookup.js';
import { offerPolicy } from './offers.policy.js';
import { presentOffer } from './offers.presenter.js';
import type { CreateOfferInput, UpdateOfferInput } from './offers.schemas.js';
import type { OfferRow } from './offers.tables.js';

async function unionPathOf(db: Queryable, unionId: number): Promise<string | null> {
  const [u] = await db.query<{ path: string }>(sql`select path from unions where id = ${unionId} and active`);
  return u?.path ?? null;
}

function checkWindow(opensAt: Date, closesAt: Date, startsAt: Date | null, endsAt: Date | null) {
  if (closesAt <= opensAt) throw new AppError('OFFER_INVALID_WINDOW', { field: 'closesAt' });
  if (startsAt && endsAt && endsAt < startsAt) throw new AppError('OFFER_INVALID_WINDOW', { field: 'endsAt' });
}

async function checkMerchant(ctx: Ctx, merchantId: number | null | undefined, unionPath: string) {
  if (!merchantId) return;
  const [m] = await ctx.db.query<{ union_path: string }>(
    sql`select union_path from merchants where id = ${merchantId} and active`,
  );
  // A merchant of this union's subtree or of one of its ancestors (a city-wide partner) may serve it.
  if (!m || !(m.union_path.startsWith(unionPath) || unionPath.startsWith(m.union_path))) {
    throw new AppError('VALIDATION_FAILED', { field: 'merchantId' });
  }
}

const d = (s: string | null | undefined) => (s ? new Date(s) : null);

export async function createOffer(ctx: Ctx, input: CreateOfferInput) {
  const admin = requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const path = await unionPathOf(ctx.db, input.unionId);
  if (!path || !can(admin, 'offer.manage', path)) throw notFound();
  if (input.mode === 'lottery' && (input.perMemberLimit !== 1 || input.pointsCost > 0)) {
    throw new AppError('VALIDATION_FAILED', { field: input.pointsCost > 0 ? 'pointsCost' : 'perMemberLimit' });
  }
  checkWindow(new Date(input.opensAt), new Date(input.closesAt), d(input.startsAt), d(input.endsAt));
  await checkMerchant(ctx, input.merchantId, path);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db.query<{ id: number }>(sql`
      insert into offers (union_id, union_path, kind, title, description, mode, capacity, per_member_limit, opens_at,
        closes_at, starts_at, ends_at, place, teacher, online, merchant_id, face_value_fen, points_cost, checkin_points,
        valid_until, eligible_categories, eligible_tags, min_tenure_days, waitlist, accept_minutes, cancel_hours, survey_question,
        created_by)
      values (${input.unionId}, ${path}, ${input.kind}, ${input.title}, ${input.description ?? ''}, ${input.mode},
        ${input.capacity}, ${input.perMemberLimit}, ${input.opensAt}, ${input.closesAt}, ${input.startsAt ?? null},
        ${input.endsAt ?? null}, ${input.place ?? ''}, ${input.teacher ?? ''}, ${input.online},
        ${input.merchantId ?? null}, ${input.faceValueFen}, ${input.pointsCost}, ${input.checkinPoints},
        ${input.validUntil ?? null}, ${input.eligibleCategories}::text[], ${input.eligibleTags}::text[], ${input.minTenureDays}, ${input.waitlist},
        ${input.acceptMinutes}, ${input.cancelHours ?? null}, ${input.surveyQuestion || null}, ${admin.accountId})
      returning id`);
    const id = row?.id as number;
    await audit(tx, {
      action: 'offer.create',
      targetType: 'offer',
      targetId: id,
      unionId: input.unionId,
      unionPath: path,
      after: input,
    });
    return presentOffer(tx, await loadOffer(tx.db, id));
  });
}

// Once an offer is open or has claims, only what cannot hurt a claimant may change.
const alwaysEditable = new Set([
  'title',
  'description',
  'place',
  'teacher',
  'startsAt',
  'endsAt',
  'closesAt',
  'capacity',
  'surveyQuestion',
  'online',
]);

const columns: Record<keyof UpdateOfferInput, string> = {
  title: 'title',
  description: 'description',
  capacity: 'capacity',
  perMemberLimit: 'per_member_limit',
  opensAt: 'opens_at',
  closesAt: 'closes_at',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  place: 'place',
  teacher: 'teacher',
  online: 'online',
  merchantId: 'merchant_id',
  faceValueFen: 'face_value_fen',
  pointsCost: 'points_cost',
  checkinPoints: 'checkin_points',
  validUntil: 'valid_until',
  eligibleCategories: 'eligible_categories',
  eligibleTags: 'eligible_tags',
  minTenureDays: 'min_tenure_days',
  waitlist: 'waitlist',
  acceptMinutes: 'accept_minutes',
  cancelHours: 'cancel_hours',
  surveyQuestion: 'survey_question',
};

export async function updateOffer(ctx: Ctx, { id, patch }: { id: number; patch: UpdateOfferInput }) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const result = await transaction(ctx, async (tx) => {
    const o = await loadOffer(tx.db, id, true);
    authorize(offerPolicy, tx.actor, 'update', o);
    const started = o.status !== 'draft' && (Date.now() >= o.opens_at.getTime() || o.taken > 0);
    const keys = (Object.keys(patch) as Array<keyof UpdateOfferInput>).filter((k) => patch[k] !== undefined);
    for (const k of keys) if (started && !alwaysEditable.has(k)) throw new AppError('OFFER_NOT_EDITABLE', { field: k });
    if (
      o.status === 'published' &&
      patch.capacity !== undefined &&
      patch.capacity !== o.capacity &&
      o.face_value_fen > 0
    ) {
      throw new AppError('OFFER_NOT_EDITABLE', { field: 'capacity' });
    }
    if (patch.capacity !== undefined && patch.capacity < o.taken)
      throw new AppError('OFFER_NOT_EDITABLE', { field: 'capacity' });
    if (o.mode === 'lottery' && ((patch.perMemberLimit ?? 1) !== 1 || (patch.pointsCost ?? 0) > 0)) {
      throw new AppError('VALIDATION_FAILED', { field: 'perMemberLimit' });
    }
    const next = {
      opens: d(patch.opensAt) ?? o.opens_at,
      closes: d(patch.closesAt) ?? o.closes_at,
      starts: patch.startsAt !== undefined ? d(patch.startsAt) : o.starts_at,
      ends: patch.endsAt !== undefined ? d(patch.endsAt) : o.ends_at,
    };
    checkWindow(next.opens, next.closes, next.starts, next.ends);
    if (patch.merchantId !== undefined) await checkMerchant(tx, patch.merchantId, o.union_path);
    const sets: Sql[] = keys.map((k) => {
      const v = patch[k];
      const col = sql.raw(columns[k]);
      if (k === 'eligibleCategories' || k === 'eligibleTags') return sql`${col} = ${v as string[]}::text[]`;
      // Clearing a text: the survey question is absent as null, the others are empty strings (NOT NULL).
      if (k === 'surveyQuestion') return sql`${col} = ${(v === '' ? null : v) as string | null}`;
      if (k === 'description' || k === 'place' || k === 'teacher') return sql`${col} = ${(v ?? '') as string}`;
      return sql`${col} = ${v as string | number | boolean | null}`;
    });
    if (sets.length > 0) {
      await tx.db.query(
        sql`update offers set ${sql.join(sets, sql.raw(', '))}, version = version + 1, updated_at = now() where id = ${id}`,
      );
      if (patch.perMemberLimit !== undefined) {
        await tx.db.query(sql`update offer_holdings set limit_units = ${patch.perMemberLimit} where offer_id = ${id}`);
      }
    }
    await audit(tx, {
      action: 'offer.update',
      targetType: 'offer',
      targetId: id,
      unionId: o.union_id,
      unionPath: o.union_path,
      after: patch,
    });
    if (patch.capacity !== undefined && patch.capacity > o.capacity) {
      await reofferPlaces(tx, id);
    }
    return presentOffer(tx, await loadOffer(tx.db, id));
  });
  engineFor(ctx.services).invalidate(id);
  return result;
}

export async function publishOffer(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const result = await transaction(ctx, async (tx) => {
    const o = await loadOffer(tx.db, id, true);
    authorize(offerPolicy, tx.actor, 'publish', o);
    // Vouchers with a face value draw on the union's yearly budget when published.
    const commit = Number(o.face_value_fen) * o.capacity;
    const year = Number(o.opens_at.toISOString().slice(0, 4));
    if (commit > 0) {
      const committed = await commitBudget(tx.db, o.union_id, year, commit);
      if (!committed.ok) throw new AppError('BUDGET_EXCEEDED', { left: committed.leftFen });
    }
    await tx.db.query(sql`
      update offers set status = 'published', budget_year = ${commit > 0 ? year : null}, budget_committed_fen = ${commit},
        version = version + 1, updated_at = now() where id = ${id}`);
    await audit(tx, {
      action: 'offer.publish',
      targetType: 'offer',
      targetId: id,
      unionId: o.union_id,
      unionPath: o.union_path,
      detail: { budgetFen: commit },
    });
    return presentOffer(tx, await loadOffer(tx.db, id));
  });
  engineFor(ctx.services).invalidate(id);
  return result;
}

export async function cancelOffer(ctx: Ctx, { id, reason }: { id: number; reason: string }) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const result = await transaction(ctx, async (tx) => {
    const o = await loadOffer(tx.db, id, true);
    authorize(offerPolicy, tx.actor, 'cancel', o);
    const live = await tx.db.query<{ id: number }>(sql`
      select c.id from claims c where c.offer_id = ${id} and c.status in ('confirmed', 'applied', 'waitlisted', 'offered')
        -- What was already used stays: a redeemed voucher or an attended activity is not refunded.
        and c.checked_in_at is null
        and not exists (select 1 from vouchers v where v.claim_id = c.id and v.status = 'redeemed')`);
    await releaseClaims(tx, {
      offer: o,
      claimIds: live.map((c) => c.id),
      kind: 'offer_cancelled',
      note: reason,
      reoffer: false,
    });
    if (o.budget_year && Number(o.budget_committed_fen) > 0) {
      await releaseBudget(tx.db, o.union_id, o.budget_year, Number(o.budget_committed_fen));
    }
    await tx.db.query(sql`
      update offers set status = 'cancelled', budget_committed_fen = 0, version = version + 1, updated_at = now()
      where id = ${id}`);
    await audit(tx, {
      action: 'offer.cancel',
      targetType: 'offer',
      targetId: id,
      unionId: o.union_id,
      unionPath: o.union_path,
      detail: { reason, claimsReleased: live.length },
    });
    return presentOffer(tx, await loadOffer(tx.db, id));
  });
  engineFor(ctx.services).invalidate(id);
  return result;
}

export async function getOffer(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const o = await loadOffer(ctx.db, id);
  authorize(offerPolicy, ctx.actor, 'read', o);
  return presentOffer(ctx, o);
}

export async function listOffers(
  ctx: Ctx,
  q: { unionId?: number; kind?: string; status?: string; q?: string; page: number; pageSize: number },
) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const filters: Sql[] = [inScope(ctx.actor, 'offer.manage', sql.raw('o.union_path'))];
  if (q.unionId) filters.push(sql`o.union_id = ${q.unionId}`);
  if (q.kind) filters.push(sql`o.kind = ${q.kind}`);
  if (q.status) filters.push(sql`o.status = ${q.status}`);
  if (q.q) filters.push(sql`o.title like ${containsPattern(q.q)}`);
  const where = sql.join(filters, sql.raw(' and '));
  const rows = await ctx.db.query<OfferRow>(sql`
    ${selectOffer} where ${where} order by o.opens_at desc, o.id desc
    limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from offers o where ${where}`);
  return { items: rows.map((r) => presentOffer(ctx, r)), total: count?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

interface RegistrationRow {
  id: number;
  member_id: number;
  name: string;
  card_no: string | null;
  union_path: string;
  status: string;
  quantity: number;
  rank: number | null;
  checked_in_at: Date | null;
  survey_answer: string | null;
  rating: number | null;
  comment: string | null;
  created_at: Date;
}

async function registrationRows(ctx: Ctx, id: number, status: string | undefined, limit: number, offset: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const o = await loadOffer(ctx.db, id);
  authorize(offerPolicy, ctx.actor, 'read', o);
  const where = status ? sql`c.offer_id = ${id} and c.status = ${status}` : sql`c.offer_id = ${id}`;
  const rows = await ctx.db.query<RegistrationRow>(sql`
    select c.id, c.member_id, m.name, m.card_no, m.union_path, c.status, c.quantity, c.rank, c.checked_in_at,
      c.survey_answer, f.rating, f.comment, c.created_at
    from claims c join members m on m.id = c.member_id left join offer_feedback f on f.claim_id = c.id
    where ${where} order by c.rank nulls last, c.id limit ${limit} offset ${offset}`);
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from claims c where ${where}`);
  // Names are shown in full only to those who may read the member's record.
  const items = rows.map((r) => ({
    id: r.id,
    member: {
      id: r.member_id,
      name: can(ctx.actor, 'member.read', r.union_path) ? r.name : maskName(r.name),
      cardNo: r.card_no,
    },
    status: r.status as 'confirmed',
    quantity: r.quantity,
    rank: r.rank,
    checkedInAt: r.checked_in_at?.toISOString() ?? null,
    surveyAnswer: r.survey_answer,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.created_at.toISOString(),
  }));
  return { offer: o, items, total: count?.n ?? 0 };
}

export async function listRegistrations(
  ctx: Ctx,
  { id, q }: { id: number; q: { status?: string; page: number; pageSize: number } },
) {
  const { items, total } = await registrationRows(ctx, id, q.status, q.pageSize, (q.page - 1) * q.pageSize);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function exportRegistrations(ctx: Ctx, id: number) {
  const { offer, items } = await registrationRows(ctx, id, undefined, 200_000, 0);
  await audit(ctx, {
    action: 'offer.registrations_export',
    targetType: 'offer',
    targetId: id,
    unionId: offer.union_id,
    unionPath: offer.union_path,
    detail: { rows: items.length },
  });
  return { offer, items };
}

export async function monitor(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const o = await loadOffer(ctx.db, id);
  authorize(offerPolicy, ctx.actor, 'read', o);
  const perSecond = await ctx.db.query<{ at: Date; count: number }>(sql`
    select date_trunc('second', created_at) as at, count(*)::int as count from claims
    where offer_id = ${id} and created_at > now() - interval '2 minutes' group by 1 order by 1`);
  const byStatus = await ctx.db.query<{ status: string; n: number }>(
    sql`select status, count(*)::int as n from claims where offer_id = ${id} group by status`,
  );
  const stats = engineFor(ctx.services).stats(id);
  return {
    capacity: o.capacity,
    taken: o.taken,
    left: Math.max(0, o.capacity - o.taken),
    claimsPerSecond: perSecond.map((p) => ({ at: p.at.toISOString(), count: p.count })),
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.n])),
    // Each refusal counted with its reason in words (the console shows no error codes).
    rejections: Object.entries(stats?.rejected ?? {}).map(([code, count]) => ({
      code,
      count,
      reason: errorReason(code as ErrorCode),
    })),
    commits: stats?.commits ?? 0,
    queued: stats?.queued ?? 0,
  };
}

export async function feedbackSummary(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'offer.manage');
  const o = await loadOffer(ctx.db, id);
  authorize(offerPolicy, ctx.actor, 'read', o);
  const rows = await ctx.db.query<{ rating: number; comment: string; created_at: Date }>(sql`
    select rating, comment, created_at from offer_feedback where offer_id = ${id} order by created_at desc limit 200`);
  const [agg] = await ctx.db.query<{ n: number; avg: number | null }>(
    sql`select count(*)::int as n, avg(rating)::float8 as avg from offer_feedback where offer_id = ${id}`,
  );
  return {
    count: agg?.n ?? 0,
    average: agg?.avg === null || agg?.avg === undefined ? null : Math.round(agg.avg * 10) / 10,
    comments: rows
      .filter((r) => r.comment)
      .map((r) => ({ rating: r.rating, comment: r.comment, createdAt: r.created_at.toISOString() })),
  };
}
