// Cockpit figures, computed from the live tables within the caller's subtree. At a few million
// members these queries stay sub-second on the path indexes; pre-computed rollups come with the
// modules that need heavier figures.
import { can, requirePermissionSomewhere, scopePaths } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { moduleFigures } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { idsInPath, withinSubtree } from '../../platform/tree.js';
import { findUnion } from '../unions/unions.lookup.js';

export async function overview(ctx: Ctx, unionId?: number) {
  const actor = requirePermissionSomewhere(ctx.actor, 'cockpit.read');
  const roots = scopePaths(actor, 'cockpit.read');
  const rootId = idsInPath(roots[0] ?? '').at(-1);
  const union = await findUnion(ctx, { id: unionId ?? rootId ?? 0 });
  if (!union || !can(actor, 'cockpit.read', union.path)) throw notFound();
  const inUnions = withinSubtree(sql.raw('path'), union.path);
  const inMembers = withinSubtree(sql.raw('union_path'), union.path);
  // Members are counted in one pass over the subtree, grouped by (child branch, category): the child
  // is the first path segment below this union ('' for members of the union itself).
  const [byLevel, byFormation, memberGroups, [employers], children] = await Promise.all([
    ctx.db.query<{ level: string; count: number }>(
      sql`select level, count(*)::bigint as count from unions where ${inUnions} and active group by level`,
    ),
    ctx.db.query<{ formation: string; count: number }>(
      sql`select formation, count(*)::bigint as count from unions where ${inUnions} and active and level = 'base' group by formation`,
    ),
    ctx.db.query<{ child: string; category: string; count: number }>(sql`
      select split_part(substr(union_path, ${union.path.length + 1}), '/', 1) as child, category, count(*)::bigint as count
      from members where ${inMembers} and status = 'active' group by 1, 2`),
    ctx.db.query<{ n: number }>(
      sql`select count(*)::bigint as n from employers where ${withinSubtree(sql.raw('union_path'), union.path)}`,
    ),
    ctx.db.query<{ id: number; name: string; level: string; unions: number; has_children: boolean }>(sql`
      select c.id, c.name, c.level,
        (select count(*) from unions x where x.path >= c.path and x.path < c.path || '~' and x.active)::bigint as unions,
        exists(select 1 from unions g where g.parent_id = c.id and g.active) as has_children
      from unions c where c.parent_id = ${union.id} and c.active`),
  ]);
  const [apps] = await ctx.db.query<{
    total: number;
    pending: number;
    approved: number;
    rejected: number;
    median_seconds: number | null;
  }>(sql`
    select count(*)::bigint as total,
      count(*) filter (where status = 'pending')::bigint as pending,
      count(*) filter (where status = 'approved')::bigint as approved,
      count(*) filter (where status = 'rejected')::bigint as rejected,
      percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at))
        filter (where status = 'approved') as median_seconds
    from membership_applications where ${withinSubtree(sql.raw('union_path'), union.path)}`);
  const decided = (apps?.approved ?? 0) + (apps?.rejected ?? 0);
  const applications = {
    total: apps?.total ?? 0,
    pending: apps?.pending ?? 0,
    approved: apps?.approved ?? 0,
    rejected: apps?.rejected ?? 0,
    approvalRate: decided ? Math.round(((apps?.approved ?? 0) / decided) * 1000) / 1000 : null,
    medianHoursToApproval:
      apps?.median_seconds == null ? null : Math.round((Number(apps.median_seconds) / 3600) * 10) / 10,
  };
  const benefits = await benefitFigures(ctx, union.path);
  const care = await careFigures(ctx, union.path);
  const figures = await moduleFigures(ctx, { path: union.path, ...thisYear(ctx) });
  const byCategory = new Map<string, number>();
  const byChild = new Map<string, number>();
  for (const g of memberGroups) {
    byCategory.set(g.category, (byCategory.get(g.category) ?? 0) + g.count);
    byChild.set(g.child, (byChild.get(g.child) ?? 0) + g.count);
  }
  const childRows = children
    .map((c) => ({ ...c, members: byChild.get(String(c.id)) ?? 0 }))
    .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name, 'zh-CN'));
  const ids = idsInPath(union.path);
  const visibleFrom = roots.find((p) => union.path.startsWith(p));
  const trailIds = ids.slice(visibleFrom ? idsInPath(visibleFrom).length - 1 : ids.length - 1);
  const names = await ctx.db.query<{ id: number; name: string }>(
    sql`select id, name from unions where id = any(${trailIds}::bigint[])`,
  );
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const membersByCategory = [...byCategory].map(([category, count]) => ({ category, count }));
  const members = membersByCategory.reduce((sum, r) => sum + r.count, 0);
  return {
    union: { id: union.id, name: union.name, level: union.level },
    trail: trailIds.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
    totals: {
      unions: byLevel.reduce((s, r) => s + r.count, 0),
      baseUnions: byLevel.find((r) => r.level === 'base')?.count ?? 0,
      employers: employers?.n ?? 0,
      members,
      gigMembers: membersByCategory.filter((r) => r.category !== 'employee').reduce((sum, r) => sum + r.count, 0),
    },
    unionsByLevel: byLevel,
    unionsByFormation: byFormation,
    membersByCategory,
    children: childRows.map((c) => ({
      id: c.id,
      name: c.name,
      level: c.level,
      members: c.members,
      unions: c.unions,
      hasChildren: c.has_children,
    })),
    applications,
    benefits: {
      ...benefits.totals,
      byChild: childRows
        .map((c) => ({
          id: c.id,
          name: c.name,
          ...(benefits.byChild.get(String(c.id)) ?? { activities: 0, participants: 0, vouchersRedeemed: 0 }),
        }))
        .filter((c) => c.activities + c.participants + c.vouchersRedeemed > 0),
    },
    care: {
      ...care.totals,
      byChild: childRows
        .map((c) => ({ id: c.id, name: c.name, ...(care.byChild.get(String(c.id)) ?? suppressCare(emptyCare)) }))
        .filter((c) => c.cases > 0 || c.peopleHelped !== 0),
    },
    figures,
    generatedAt: new Date().toISOString(),
  };
}

// ---- Care: assistance, appeals, consultations (this calendar year) ----------------------------
/** Fewer than this many people behind a figure and it is not shown (small groups are identifiable). */
export const MIN_GROUP = 5;

interface CareRow {
  child: string;
  people_helped: number;
  disbursed_fen: number;
  cases: number;
  arrears_cases: number;
  arrears_resolved: number;
  arrears_workers: number;
  recovered_fen: number;
  disputes_resolved: number;
  closed: number;
  on_time: number;
  rated: number;
  satisfied: number;
  consultations: number;
  consultations_booked: number;
}
const emptyCare: CareRow = {
  child: '',
  people_helped: 0,
  disbursed_fen: 0,
  cases: 0,
  arrears_cases: 0,
  arrears_resolved: 0,
  arrears_workers: 0,
  recovered_fen: 0,
  disputes_resolved: 0,
  closed: 0,
  on_time: 0,
  rated: 0,
  satisfied: 0,
  consultations: 0,
  consultations_booked: 0,
};

const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
// Zero reveals nobody; 1–4 could point at someone.
const keep = (value: number, people: number) => (people === 0 || people >= MIN_GROUP ? value : null);

/** A figure about 1 to MIN_GROUP − 1 people becomes null (the UI shows "<5"). */
function suppressCare(r: CareRow) {
  return {
    peopleHelped: keep(r.people_helped, r.people_helped),
    disbursedFen: keep(r.disbursed_fen, r.people_helped),
    cases: r.cases,
    wageArrearsCases: r.arrears_cases,
    // Workers and money are known once a case is resolved: these three figures are over the resolved cases.
    wageArrearsResolved: r.arrears_resolved,
    wageArrearsWorkers: keep(r.arrears_workers, r.arrears_workers),
    recoveredFen: keep(r.recovered_fen, r.arrears_workers),
    disputesResolved: r.disputes_resolved,
    onTimeRate: r.closed >= MIN_GROUP ? rate(r.on_time, r.closed) : null,
    satisfactionRate: r.rated >= MIN_GROUP ? rate(r.satisfied, r.rated) : null,
    consultations: r.consultations,
    consultationsBooked: r.consultations_booked,
  };
}

/** This calendar year in China time. */
function thisYear(ctx: Ctx) {
  const year = Number(new Date(now(ctx).getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
  return { year, from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

async function careFigures(ctx: Ctx, path: string) {
  const { year, from, to } = thisYear(ctx);
  const child = (col: string) => sql`split_part(substr(${sql.raw(col)}, ${path.length + 1}, 100000), '/', 1)`;
  const help = await ctx.db.query<{ child: string; people_helped: number; disbursed_fen: string }>(sql`
    select ${child('a.union_path')} as child, count(distinct a.id_number_hash)::int as people_helped,
      sum(d.amount_fen)::bigint as disbursed_fen
    from assistance_disbursements d join assistance_applications a on a.id = d.application_id
    where ${withinSubtree(sql.raw('a.union_path'), path)} and d.created_at >= ${from} and d.created_at < ${to}
    group by 1`);
  const appeals = await ctx.db.query<
    Omit<CareRow, 'people_helped' | 'disbursed_fen' | 'consultations' | 'consultations_booked'>
  >(sql`
    select ${child('union_path')} as child, count(*)::int as cases,
      count(*) filter (where category = 'wage_arrears')::int as arrears_cases,
      count(*) filter (where category = 'wage_arrears' and status = 'resolved')::int as arrears_resolved,
      coalesce(sum(workers_covered) filter (where category = 'wage_arrears' and status = 'resolved'), 0)::int as arrears_workers,
      coalesce(sum(recovered_fen) filter (where category = 'wage_arrears' and status = 'resolved'), 0)::bigint as recovered_fen,
      count(*) filter (where category = 'labour_dispute' and status = 'resolved')::int as disputes_resolved,
      count(*) filter (where on_time is not null)::int as closed,
      count(*) filter (where on_time)::int as on_time,
      count(rating)::int as rated,
      count(*) filter (where rating >= 4)::int as satisfied
    from appeals where ${withinSubtree(sql.raw('union_path'), path)} and created_at >= ${from} and created_at < ${to}
    group by 1`);
  // Booked (not cancelled: held, missed or still to come) and, of those, held.
  const consults = await ctx.db.query<{ child: string; held: number; booked: number }>(sql`
    select ${child('s.union_path')} as child, count(*) filter (where b.status = 'completed')::int as held,
      count(*)::int as booked
    from consultation_bookings b join legal_slots s on s.id = b.slot_id
    where ${withinSubtree(sql.raw('s.union_path'), path)} and b.status <> 'cancelled'
      and s.starts_at >= ${from} and s.starts_at < ${to}
    group by 1`);
  const rows = new Map<string, CareRow>();
  const row = (c: string) => {
    const r = rows.get(c) ?? { ...emptyCare, child: c };
    rows.set(c, r);
    return r;
  };
  for (const h of help)
    Object.assign(row(h.child), { people_helped: h.people_helped, disbursed_fen: Number(h.disbursed_fen) });
  for (const a of appeals) Object.assign(row(a.child), { ...a, recovered_fen: Number(a.recovered_fen) });
  for (const c of consults) Object.assign(row(c.child), { consultations: c.held, consultations_booked: c.booked });
  const total = { ...emptyCare };
  for (const r of rows.values()) {
    for (const k of Object.keys(emptyCare) as Array<keyof CareRow>) {
      if (k !== 'child') total[k] += r[k];
    }
  }
  // People helped are distinct per branch; across branches one person is rarely helped twice a year.
  return {
    totals: { year, ...suppressCare(total) },
    byChild: new Map([...rows].map(([c, r]) => [c, suppressCare(r)])),
  };
}

/** Activities, participation, vouchers and points of the subtree (issue: Longyou-style figures). */
async function benefitFigures(ctx: Ctx, path: string) {
  const inOffers = withinSubtree(sql.raw('o.union_path'), path);
  const child = sql`split_part(substr(o.union_path, ${path.length + 1}), '/', 1)`;
  const rows = await ctx.db.query<{
    child: string;
    activities: number;
    participants: number;
    checked_in: number;
    issued: number;
    redeemed: number;
  }>(sql`
    select ${child} as child,
      count(distinct o.id) filter (where o.kind in ('activity', 'course') and o.status = 'published')::int as activities,
      count(c.id) filter (where o.kind in ('activity', 'course') and c.status = 'confirmed')::int as participants,
      count(c.id) filter (where c.checked_in_at is not null)::int as checked_in,
      coalesce(sum((select count(*) from vouchers v where v.claim_id = c.id and v.status <> 'void')), 0)::int as issued,
      coalesce(sum((select count(*) from vouchers v where v.claim_id = c.id and v.status = 'redeemed')), 0)::int as redeemed
    from offers o left join claims c on c.offer_id = o.id where ${inOffers} group by 1`);
  // Points of the subtree's members, whoever paid them: earned (credited to them by an issuance, a check-in or a
  // reward: a contest's, a volunteer's) and spent (debited from them for an offer or a bill, less refunds). Both are
  // read from the same accounts, so a township's members spending what the county issued them no longer shows
  // "issued 0, spent 100", and a parent's figure is the sum of its children's.
  const inMembers = withinSubtree(sql.raw('m.union_path'), path);
  const [points] = await ctx.db.query<{ issued: number; spent: number }>(sql`
    select coalesce(sum(amount) filter (where side = 'credit' and kind in ('issuance', 'checkin', 'reward')), 0)::bigint
        as issued,
      coalesce(sum(amount) filter (where side = 'debit' and kind in ('offer_spend', 'bill_payment')), 0)::bigint
        - coalesce(sum(amount) filter (where side = 'credit' and kind in ('offer_refund', 'bill_refund')), 0)::bigint
        as spent
    from (
      select 'credit' as side, t.kind, p.amount from members m join points_accounts a on a.member_id = m.id
        join points_postings p on p.credit_account_id = a.id join points_transactions t on t.id = p.transaction_id
        where ${inMembers}
      union all
      select 'debit', t.kind, p.amount from members m join points_accounts a on a.member_id = m.id
        join points_postings p on p.debit_account_id = a.id join points_transactions t on t.id = p.transaction_id
        where ${inMembers}
    ) x`);
  const sum = (k: 'activities' | 'participants' | 'checked_in' | 'issued' | 'redeemed') =>
    rows.reduce((n, r) => n + r[k], 0);
  return {
    totals: {
      activitiesPublished: sum('activities'),
      participants: sum('participants'),
      checkedIn: sum('checked_in'),
      vouchersIssued: sum('issued'),
      vouchersRedeemed: sum('redeemed'),
      pointsIssued: Number(points?.issued ?? 0),
      pointsSpent: Number(points?.spent ?? 0),
    },
    byChild: new Map(
      rows.map((r) => [
        r.child,
        { activities: r.activities, participants: r.participants, vouchersRedeemed: r.redeemed },
      ]),
    ),
  };
}
