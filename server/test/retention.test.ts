// AS-70: the retention job removes what is past its purpose, keeps everything else, audits what it
// removed, and finds nothing the second time. Time is a fake clock, so "31 days later" is one call.
import { describe, expect, it } from 'vitest';
import { modules } from '../src/app.js';
import { ManualClock } from '../src/platform/clock.js';
import { systemCtx } from '../src/platform/context.js';
import { allRetentionRules } from '../src/platform/module.js';
import { applyRetention, platformRetention } from '../src/platform/retention.js';
import { sql } from '../src/platform/sql.js';
import { buildAccount, buildTree, dbKinds } from './harness.js';
import { useWorld } from './world.js';

const DAY = 86_400_000;
const rules = [...platformRetention, ...allRetentionRules(modules)];

describe.each(dbKinds)('retention on %s', (kind) => {
  const { t } = useWorld(kind, { tree: false });

  it('deletes expired and abandoned data only, audits it, and is idempotent', async () => {
    const start = new Date();
    const clock = new ManualClock(start);
    t.services.clock = clock;
    const ago = (days: number) => new Date(start.getTime() - days * DAY);
    const tree = await buildTree(t);
    const account = await buildAccount(t, { role: 'membership_officer', union: tree.u1 });

    for (const [token, expires] of [
      ['old-session', ago(3)],
      ['live-session', new Date(start.getTime() + DAY)],
    ] as const) {
      await t.db.query(sql`insert into sessions (token_hash, kind, account_id, csrf_token, expires_at)
        values (${token}, 'admin', ${account.id}, 'c', ${expires})`);
    }
    for (const [phone, expires] of [
      ['p-old', ago(2)],
      ['p-new', new Date(start.getTime() + 300_000)],
    ] as const) {
      await t.db.query(sql`insert into otp_codes (phone_hash, purpose, code_hash, expires_at)
        values (${phone}, 'login', 'h', ${expires})`);
    }
    await t.db.query(sql`insert into rate_limits (key, window_start, count) values
      ('old-window', ${ago(3)}, 5), ('new-window', ${start}, 1)`);
    await t.db.query(sql`insert into dev_sms_outbox (phone_masked, phone_hash, body, created_at) values
      ('138****0001', 'h', 'old', ${ago(8)}), ('138****0002', 'h', 'new', ${start})`);
    const file = async (name: string, createdAt: Date, attachedId: number | null) =>
      t.db.query(sql`insert into files (purpose, media_type, size_bytes, sha256, original_name, content_cipher,
        uploaded_by_kind, uploaded_by_id, attached_kind, attached_id, created_at, scanned_at, scanned_by)
        values ('appeal_evidence', 'application/pdf', 1, 's', ${name}, '\\x00'::bytea, 'admin', ${account.id},
          ${attachedId ? 'appeal' : null}, ${attachedId}, ${createdAt}, ${createdAt}, 'dev-eicar')`);
    await file('orphan-old.pdf', ago(3), null);
    await file('orphan-new.pdf', start, null);
    await file('attached-old.pdf', ago(400), 1);
    const roster = async (status: string, createdAt: Date, committedAt: Date | null) => {
      const [row] = await t.db.query<{ id: number }>(sql`insert into member_imports (union_id, union_path,
        created_by, file_name, file_sha256, status, created_at, committed_at)
        values (${tree.u1.id}, ${tree.u1.path}, ${account.id}, 'r.xlsx', 's', ${status}, ${createdAt}, ${committedAt})
        returning id`);
      const id = row?.id as number;
      await t.db.query(sql`insert into member_import_rows (import_id, row_no, outcome, name)
        values (${id}, 1, 'valid', '张三'), (${id}, 2, 'error', '李四')`);
      return id;
    };
    const committedOld = await roster('committed', ago(40), ago(40));
    const committedNew = await roster('committed', ago(5), ago(5));
    const abandonedOld = await roster('validated', ago(31), null);
    const abandonedNew = await roster('validated', ago(1), null);

    const removed = await applyRetention(systemCtx(t.services), rules);
    expect(removed).toEqual({
      sessions: 1,
      otp_codes: 1,
      rate_limits: 1,
      dev_sms_outbox: 1,
      unattached_uploads: 1,
      import_rows: 2,
      abandoned_imports: 1,
    });
    const left = async (q: ReturnType<typeof sql>) => (await t.db.query<{ v: string }>(q)).map((r) => r.v).sort();
    expect(await left(sql`select token_hash as v from sessions where token_hash like '%-session'`)).toEqual([
      'live-session',
    ]);
    expect(await left(sql`select original_name as v from files`)).toEqual(['attached-old.pdf', 'orphan-new.pdf']);
    expect(await left(sql`select import_id::text as v from member_import_rows`)).toEqual(
      [committedNew, committedNew, abandonedNew, abandonedNew].map(String).sort(),
    );
    const imports = await left(sql`select id::text as v from member_imports`);
    expect(imports).toEqual([committedOld, committedNew, abandonedNew].map(String).sort());
    expect(imports).not.toContain(String(abandonedOld));
    const [audited] = await t.db.query<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'retention.delete' and actor_kind = 'system'`,
    );
    expect(audited?.n).toBe(7);

    expect(await applyRetention(systemCtx(t.services), rules)).toEqual({});
    // A month on, the newer roster's personal data goes too; its totals stay on the import.
    clock.advance(31 * DAY);
    expect(await applyRetention(systemCtx(t.services), rules)).toMatchObject({ import_rows: 2, abandoned_imports: 1 });
    expect(await left(sql`select import_id::text as v from member_import_rows`)).toEqual([]);
  });
});
