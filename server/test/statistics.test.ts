// The embedded database's planner statistics job (platform/statistics.ts): after it runs, the planner knows how many
// rows a table holds; on PostgreSQL it leaves the work to autovacuum and touches nothing.
import { describe, expect, it } from 'vitest';
import { systemCtx } from '../src/platform/context.js';
import { sql } from '../src/platform/sql.js';
import { refreshStatistics } from '../src/platform/statistics.js';
import { dbKinds } from './harness.js';
import { useWorld } from './world.js';

describe.each(dbKinds)('planner statistics on %s', (kind) => {
  const { t } = useWorld(kind);
  const estimate = async () => {
    const [row] = await t.db.query<{ reltuples: number }>(
      sql`select reltuples::int as reltuples from pg_class where relname = 'dev_sms_outbox'`,
    );
    return Number(row?.reltuples);
  };

  it('analyzes every table of the embedded database, and leaves a server to autovacuum', async () => {
    await t.db.query(sql`insert into dev_sms_outbox (phone_masked, phone_hash, body)
      select '138****0000', 'h' || g, '测试' from generate_series(1, 700) g`);
    const before = await estimate();
    const analyzed = await refreshStatistics(systemCtx(t.services));
    if (kind === 'pglite') {
      expect(before).not.toBe(700);
      expect(analyzed).toBeGreaterThan(50);
      expect(await estimate()).toBe(700);
    } else {
      // Nothing run here (autovacuum may still analyze the table on its own schedule).
      expect(analyzed).toBe(0);
    }
  });
});
