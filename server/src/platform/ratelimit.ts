// Fixed-window counters in PostgreSQL, so every app process shares them and they survive restarts (RL-05).
import type { Queryable } from './db.js';
import { AppError, type Bilingual } from './errors.js';
import { sql } from './sql.js';

export interface LimitRule {
  key: string;
  limit: number;
  windowSeconds: number;
}

/** Counts one hit; returns false (and the seconds until the window ends) once the limit is passed. */
export async function hit(db: Queryable, rule: LimitRule): Promise<{ allowed: boolean; retryAfter: number }> {
  const interval = `${rule.windowSeconds} seconds`;
  const [row] = await db.query<{ count: number; retry_after: number }>(sql`
    insert into rate_limits as r (key, window_start, count) values (${rule.key}, now(), 1)
    on conflict (key) do update set
      count = case when r.window_start <= now() - ${interval}::interval then 1 else r.count + 1 end,
      window_start = case when r.window_start <= now() - ${interval}::interval then now() else r.window_start end
    returning count, ceil(extract(epoch from (window_start + ${interval}::interval - now())))::int as retry_after`);
  return { allowed: (row?.count ?? 0) <= rule.limit, retryAfter: Math.max(1, row?.retry_after ?? 1) };
}

export async function clearLimit(db: Queryable, key: string): Promise<void> {
  await db.query(sql`delete from rate_limits where key = ${key}`);
}

/** Counts against every rule and throws RATE_LIMITED (429 + Retry-After) if any is exceeded. */
export async function enforce(db: Queryable, rules: LimitRule[]): Promise<void> {
  for (const rule of rules) {
    const result = await hit(db, rule);
    if (!result.allowed)
      throw new AppError('RATE_LIMITED', { retryAfter: result.retryAfter, wait: waitWords(result.retryAfter) });
  }
}

/** "59 秒后" / "in 59 s", "3 分钟后" / "in 3 min": how long a refused person waits, in their language. */
export function waitWords(seconds: number): Bilingual {
  if (seconds < 120) return { zh: `${seconds} 秒后`, en: `in ${seconds} s` };
  const minutes = Math.ceil(seconds / 60);
  return { zh: `${minutes} 分钟后`, en: `in ${minutes} min` };
}
