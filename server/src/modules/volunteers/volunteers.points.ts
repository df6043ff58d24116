// Volunteer points rules and awards. A union publishes its rules in numbered versions (never edited: a change is
// a new version); an order confirmed by its requester earns its volunteer the points of the newest version of the
// nearest union on the order's path that has rules: the points of the service's specialty (or the rule's default),
// plus a bonus when the rating reaches the rule's mark. The award is posted to the points ledger in the
// confirmation's own transaction under the key `service-order:<id>`, so it happens exactly once, and the order
// keeps how it was worked out for the member to see.
import type { z } from 'zod';
import { inScope, requireAdmin, requireMember, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { notifyMember } from '../../platform/notify.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { memberRecipients } from '../members/members.recipients.js';
import { earnedExpiry, memberAccount, poolAccount, post } from '../points/points.ledger.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentRule } from './volunteers.presenter.js';
import type { ruleBody, rulesQuery } from './volunteers.schemas.js';
import { type OrderRow, type PointsDetail, type RuleRow, type Specialty, specialtyZh } from './volunteers.tables.js';

const selectRule = sql.raw(`select r.*, u.name as union_name, a.display_name as published_by_name
  from volunteer_point_rules r join unions u on u.id = r.union_id join accounts a on a.id = r.published_by`);

/** The rules in force at a union: the newest version of the nearest union on its path that published any. */
export async function ruleFor(ctx: Ctx, unionPath: string): Promise<RuleRow | null> {
  const [r] = await ctx.db.query<RuleRow>(sql`${selectRule} where starts_with(${unionPath}, r.union_path)
    order by length(r.union_path) desc, r.version desc limit 1`);
  return r ?? null;
}

/** What an order earns under a rule: the specialty's points (or the default) and the rating's bonus. */
export function orderPoints(rule: RuleRow, specialty: Specialty, rating: number) {
  const base = Number(rule.points_by_specialty[specialty] ?? rule.order_points);
  const bonus = rating >= Number(rule.bonus_min_rating) ? Number(rule.bonus_points) : 0;
  return { base, bonus, total: base + bonus };
}

export async function listRules(ctx: Ctx, query: z.infer<typeof rulesQuery>) {
  requirePermissionSomewhere(ctx.actor, 'volunteer.manage');
  const where = sql`${inScope(ctx.actor, 'volunteer.manage', sql.raw('r.union_path'))}
    ${query.unionId ? sql`and r.union_id = ${query.unionId}` : sql``}`;
  return paginate(
    ctx,
    query,
    {
      rows: sql`${selectRule} where ${where} order by r.union_path, r.version desc`,
      count: sql`select 1 from volunteer_point_rules r where ${where}`,
    },
    (rows: RuleRow[]) => rows.map(presentRule),
  );
}

/** Publishes a new version of a union's rules; earlier versions stay, as the awards made under them name them. */
export async function publishRule(ctx: Ctx, body: z.infer<typeof ruleBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'volunteer.manage' });
  return transaction(ctx, async (tx) => {
    // One publisher at a time per union: the version numbers stay 1, 2, 3… without gaps or repeats.
    await tx.db.query(sql`select id from unions where id = ${body.unionId} for update`);
    const [r] = await tx.db.query<{ id: number }>(sql`insert into volunteer_point_rules (union_id, union_path, version,
        order_points, points_by_specialty, bonus_min_rating, bonus_points, hour_points, note, published_by)
      select ${body.unionId}, ${path}, coalesce(max(version), 0) + 1, ${body.orderPoints},
        ${JSON.stringify(body.pointsBySpecialty)}::jsonb, ${body.bonusMinRating}, ${body.bonusPoints},
        ${body.hourPoints}, ${body.note ?? ''}, ${admin.accountId}
      from volunteer_point_rules where union_id = ${body.unionId}
      returning id`);
    const id = Number(r?.id);
    await audit(tx, {
      action: 'volunteers.rule_publish',
      targetType: 'volunteer_rule',
      targetId: id,
      unionPath: path,
      after: body,
    });
    const [row] = await tx.db.query<RuleRow>(sql`${selectRule} where r.id = ${id}`);
    return presentRule(row as RuleRow);
  });
}

/** The rules that apply to the signed-in member's union (shown beside their points). */
export async function myRules(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  const rule = actor.unionPath ? await ruleFor(ctx, actor.unionPath) : null;
  return { rule: rule ? presentRule(rule) : null };
}

/**
 * Awards the confirmed order's volunteer, inside the confirmation's transaction. Returns the points (0 when the
 * rules give none) and how, or null when no union on the order's path has published rules.
 */
export async function awardOrder(
  ctx: Ctx,
  { order, rating }: { order: OrderRow; rating: number },
): Promise<{ points: number; detail: PointsDetail } | null> {
  const rule = await ruleFor(ctx, order.union_path);
  if (!rule) return null;
  const { base, bonus, total } = orderPoints(rule, order.specialty, rating);
  const detail: PointsDetail = {
    ruleId: Number(rule.id),
    ruleVersion: Number(rule.version),
    ruleUnion: rule.union_name,
    base,
    bonus,
    rating,
    bonusMinRating: Number(rule.bonus_min_rating),
  };
  if (total > 0 && order.volunteer_member_id) {
    const why = `${order.item_name}（${specialtyZh[order.specialty]}）${base} 分${bonus ? ` + ${rating} 星评价奖励 ${bonus} 分` : ''}，按${rule.union_name}志愿积分规则第 ${rule.version} 版`;
    await post(ctx.db, [
      {
        kind: 'reward',
        reason: `志愿服务：${why}`.slice(0, 200),
        source: `service-order:${order.id}`,
        idemKey: `service-order:${order.id}`,
        unionId: Number(rule.union_id),
        postings: [
          {
            debit: await poolAccount(ctx.db, Number(rule.union_id)),
            credit: await memberAccount(ctx.db, Number(order.volunteer_member_id)),
            amount: total,
            expiresAt: earnedExpiry(now(ctx), ctx.services.config.pointsExpiry),
          },
        ],
      },
    ]);
    const to = (await memberRecipients(ctx.db, [Number(order.volunteer_member_id)])).get(
      Number(order.volunteer_member_id),
    );
    if (to) {
      const whyEn = `${base} for the service${bonus ? ` + a ${bonus}-point bonus for a ${rating}-star rating` : ''}, under version ${rule.version} of ${rule.union_name}'s volunteer points rules`;
      await notifyMember(
        ctx,
        to,
        'volunteers.points_awarded',
        { service: order.item_name, points: total, why, whyEn },
        `service-order:${order.id}:points`,
      );
    }
  }
  return { points: total, detail };
}
