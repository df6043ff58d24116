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

interface RetentionRule {
  name: string;
  /** Kept this long after the moment in `delete`'s cutoff. */
  days: number;
  why: string;
  /** Deletes what is past `cutoff`; returns the rows it removed. */
  delete: (cutoff: Date) => Sql;
}

export const retentionRules: RetentionRule[] = [
  {
    name: 'sessions',
    days: 1,
    why: 'an expired session can never be used again',
    delete: (cutoff) => sql`delete from sessions where expires_at < ${cutoff} returning 1`,
  },
  {
    name: 'otp_codes',
    days: 1,
    why: 'a sign-in code is worth nothing after it expires',
    delete: (cutoff) => sql`delete from otp_codes where expires_at < ${cutoff} returning 1`,
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
  {
    name: 'unattached_uploads',
    days: 2,
    why: 'evidence uploaded but never attached to an application or appeal (ML-27)',
    delete: (cutoff) => sql`delete from files where attached_id is null and created_at < ${cutoff} returning 1`,
  },
  {
    name: 'import_rows',
    days: 30,
    why: 'the personal data of a committed roster import (its totals stay on the import)',
    delete: (cutoff) => sql`delete from member_import_rows r using member_imports i
      where i.id = r.import_id and i.status = 'committed' and i.committed_at < ${cutoff} returning 1`,
  },
  {
    name: 'abandoned_imports',
    days: 30,
    why: 'a roster checked but never committed',
    // A data-modifying WITH always runs to completion, and the key is checked at the statement's end.
    delete: (cutoff) => sql`
      with rows_gone as (delete from member_import_rows r using member_imports i
        where i.id = r.import_id and i.status = 'validated' and i.created_at < ${cutoff})
      delete from member_imports where status = 'validated' and created_at < ${cutoff} returning 1`,
  },
];

/** Runs every rule once; returns the rows removed per rule (only rules that removed something). */
export async function applyRetention(ctx: Ctx): Promise<Record<string, number>> {
  const at = now(ctx).getTime();
  const removed: Record<string, number> = {};
  for (const rule of retentionRules) {
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
