// Unmasked reads of personal data (a member's ID number or phone, a hardship case's health and income
// data, an evidence file) are audited one by one; this also watches how many different records an officer
// opens per hour (PI-22): reading one case again after each step counts once. Past REVEAL_ALERT_PER_HOUR
// records an alert lands in the audit trail for the auditors of that subtree (once per hour and officer);
// at REVEAL_LIMIT_PER_HOUR, opening another record is refused, so a stolen session or a curious officer
// cannot page through a whole union's data one reveal at a time.
import { type AuditEntry, audit } from './audit.js';
import type { Ctx } from './context.js';
import { AppError } from './errors.js';
import { sql } from './sql.js';

export const UNMASKED_READS = ['member.reveal', 'assistance.reveal', 'file.read'] as const;
export type UnmaskedRead = (typeof UNMASKED_READS)[number];

/** Audits one unmasked read, after checking the officer's hourly limit; raises the alert on crossing. */
export async function auditUnmaskedRead(ctx: Ctx, entry: AuditEntry & { action: UnmaskedRead }): Promise<void> {
  if (ctx.actor.kind !== 'admin') return audit(ctx, entry);
  const { revealAlertPerHour, revealLimitPerHour } = ctx.services.config;
  const [row] = await ctx.db.query<{ n: number; seen: boolean }>(sql`
    select count(distinct (action, target_type, target_id))::int as n,
      coalesce(bool_or(action = ${entry.action} and target_type is not distinct from ${entry.targetType ?? null}
        and target_id is not distinct from ${entry.targetId === undefined ? null : String(entry.targetId)}), false) as seen
    from audit_events
    where actor_kind = 'admin' and actor_id = ${ctx.actor.accountId} and action = any(${[...UNMASKED_READS]}::text[])
      and outcome = 'success' and at > now() - interval '1 hour'`);
  const before = row?.n ?? 0;
  // Opening a record already opened this hour is audited again but is not one more record.
  if (row?.seen) return audit(ctx, entry);
  if (before >= revealLimitPerHour) throw new AppError('REVEAL_LIMIT_REACHED', { limit: revealLimitPerHour });
  await audit(ctx, entry);
  if (before + 1 === revealAlertPerHour + 1) {
    await audit(ctx, {
      action: 'security.reveal_anomaly',
      outcome: 'failure',
      targetType: 'account',
      targetId: ctx.actor.accountId,
      unionPath: entry.unionPath ?? null,
      detail: { recordsOpenedInLastHour: before + 1, alertAbove: revealAlertPerHour, limit: revealLimitPerHour },
    });
  }
}
