// Retention (AS-70, PIPL Art. 47, SECURITY.md §3.4): data whose purpose has ended is deleted by a daily
// job, not left to pile up. Each rule names the data, how long it is kept after its purpose ends and why;
// the job runs every rule in its own transaction, audits what it removed, and is safe to run any number of
// times or in several processes at once (a second run finds nothing left).
//
// Not here yet: anonymising members who left, and closed cases (assistance, appeals) after their
// archive period; those need decisions per federation (see docs/pia.md §4).
import { audit } from './audit.js';
import { now } from './clock.js';
import { type Ctx, transaction } from './context.js';
import { type Sql, sql } from './sql.js';

export interface RetentionRule {
  name: string;
  /** Kept this long after the moment in `delete`'s cutoff. */
  days: number;
  why: string;
  /** Deletes what is past `cutoff`; returns the rows it removed. */
  delete: (cutoff: Date) => Sql;
}

/** The platform's own data; each module adds its rules in its definition (`retention`). */
export const platformRetention: RetentionRule[] = [
  {
    name: 'sessions',
    days: 1,
    why: 'an expired session can never be used again',
    delete: (cutoff) => sql`delete from sessions where expires_at < ${cutoff} returning 1`,
  },
  {
    name: 'rate_limits',
    days: 2,
    why: 'counters of windows that closed (the longest window is a day)',
    delete: (cutoff) => sql`delete from rate_limits where window_start < ${cutoff} returning 1`,
  },
  {
    name: 'dev_sms_outbox',
    days: 7,
    why: 'the development inbox only has to show recent codes',
    delete: (cutoff) => sql`delete from dev_sms_outbox where created_at < ${cutoff} returning 1`,
  },
];

/** Runs every rule once; returns the rows removed per rule (only rules that removed something). */
export async function applyRetention(ctx: Ctx, rules: readonly RetentionRule[]): Promise<Record<string, number>> {
  const at = now(ctx).getTime();
  const removed: Record<string, number> = {};
  for (const rule of rules) {
    const cutoff = new Date(at - rule.days * 86_400_000);
    const n = await transaction(ctx, async (ctx) => {
      const rows = await ctx.db.query(rule.delete(cutoff));
      if (rows.length > 0) {
        await audit(ctx, {
          action: 'retention.delete',
          targetType: rule.name,
          detail: { rows: rows.length, keptDays: rule.days, why: rule.why },
        });
      }
      return rows.length;
    });
    if (n > 0) removed[rule.name] = n;
  }
  return removed;
}
