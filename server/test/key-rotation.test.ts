// Issue 19 item 3: a new PII key. The app runs with the new key and the old one as a previous key; the rotation
// rewrites every encrypted column in batches while officers keep reading; afterwards the old key can go, a rerun
// finds nothing to do, and what the app reads is what it read before.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/app.js';
import { checkKeys } from '../src/platform/key-check.js';
import { type ColumnProgress, rotateKeys } from '../src/platform/key-rotation.js';
import { allEncryptedColumns } from '../src/platform/module.js';
import { createPii, type Pii } from '../src/platform/pii.js';
import { sql } from '../src/platform/sql.js';
import {
  adminAgent,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  dbKinds,
  memberAgent,
  type TestApp,
} from './harness.js';

/** Every encrypted value of the database, opened with `pii`, by table.column and row: what must survive rotation. */
async function plaintexts(t: TestApp, pii: Pii): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { table, column } of allEncryptedColumns(modules)) {
    const rows = (
      await t.services.db.raw(
        `select ctid::text as rid, "${column}" as v from "${table}" where "${column}" is not null`,
      )
    ).rows as Array<{ rid: string; v: string | Uint8Array }>;
    for (const r of rows) {
      // Rows are keyed by content, not ctid (a rewrite moves a row): the sorted list of plaintexts per column.
      const plain =
        typeof r.v === 'string'
          ? /^v[12]:/.test(r.v)
            ? pii.decrypt(r.v)
            : r.v
          : pii.decryptBytes(Buffer.from(r.v)).toString('base64');
      const key = `${table}.${column}`;
      out.set(key, [...(out.get(key)?.split('\n') ?? []), plain].sort().join('\n'));
    }
  }
  return out;
}

describe.each(dbKinds)('rotating the personal-data key (%s)', (kind) => {
  let t: TestApp;
  const oldKey = crypto.randomBytes(32);
  const newKey = crypto.randomBytes(32);
  const indexKey = crypto.randomBytes(32);
  let officer: Awaited<ReturnType<typeof adminAgent>>;
  let member: Awaited<ReturnType<typeof buildMember>>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    t.services.pii = createPii(oldKey, indexKey);
    await checkKeys(t.services.db, t.services.pii);
    const tree = await buildTree(t);
    officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.c1 }));
    member = await buildMember(t, tree.u1);
    for (let i = 0; i < 30; i++) await buildMember(t, tree.u2);
    // A member session (its phone), and an uploaded file (its contents).
    await memberAgent(t, member.phone);
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    const up = await handler.request('POST', '/api/files?purpose=appeal_evidence&name=a.pdf', { raw: '%PDF-1.4 轮换' });
    expect(up.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('rewrites every encrypted column under the new key while reads go on, and the old key can then go', async () => {
    const before = await plaintexts(t, t.services.pii);
    expect(before.get('members.phone_cipher')?.split('\n')).toHaveLength(31);
    expect(before.get('files.content_cipher')).toBeDefined();
    expect(before.get('sessions.phone_cipher')).toBeDefined();
    expect(before.get('key_checks.cipher')).toBeDefined();

    // Every process restarts with PII_KEY=new and PII_PREVIOUS_KEYS=old.
    const rotating = createPii(newKey, indexKey, [oldKey]);
    t.services.pii = rotating;
    const reveal = () =>
      officer.post(`/api/members/${member.id}/reveal`, { field: 'phone', reason: '密钥轮换期间核对' });
    expect((await reveal()).json()).toEqual({ field: 'phone', value: member.phone });
    // New writes use the new key at once.
    const tree = await buildTree(t);
    const newcomer = await buildMember(t, tree.u1);
    const [fresh] = await t.db.query<{ phone_cipher: string }>(
      sql`select phone_cipher from members where id = ${newcomer.id}`,
    );
    expect(fresh?.phone_cipher.startsWith(`v2:${rotating.keyId}:`)).toBe(true);

    // After each batch, progress is reported and an officer reads a member's phone through the app.
    const seen: ColumnProgress[] = [];
    const reads: string[] = [];
    // Batches of 7, so the walk through each table resumes from where the last batch ended.
    const result = await rotateKeys(t.services.db, rotating, allEncryptedColumns(modules), {
      batch: 7,
      onProgress: async (p) => {
        seen.push({ ...p });
        reads.push((await reveal()).json().value);
      },
    });
    expect(seen.filter((p) => p.table === 'members' && p.column === 'phone_cipher').map((p) => p.rewritten)).toEqual([
      0, 7, 14, 21, 28, 31,
    ]);
    expect(reads.length).toBeGreaterThan(20);
    expect(new Set(reads)).toEqual(new Set([member.phone]));
    const members = result.find((p) => p.table === 'members' && p.column === 'phone_cipher');
    // The 31 written under the old key; the newcomer's was already under the new one.
    expect(members).toMatchObject({ total: 31, rewritten: 31, unreadable: 0 });
    expect(result.every((p) => p.unreadable === 0)).toBe(true);
    expect((await reveal()).json()).toEqual({ field: 'phone', value: member.phone });

    // Nothing is left under the old key: the new key alone reads everything, and reads the same as before.
    const newOnly = createPii(newKey, indexKey);
    t.services.pii = newOnly;
    const after = await plaintexts(t, newOnly);
    for (const [column, values] of before) {
      const added = column === 'members.phone_cipher' || column === 'members.id_number_cipher' ? 1 : 0;
      expect(after.get(column)?.split('\n').length, column).toBe(values.split('\n').length + added);
      for (const v of values.split('\n')) expect(after.get(column)?.split('\n'), column).toContain(v);
    }
    expect(await checkKeys(t.services.db, newOnly)).toBe('matched');
    expect((await reveal()).json()).toEqual({ field: 'phone', value: member.phone });
    const file = await t.services.db.query<{ content_cipher: Uint8Array }>(sql`select content_cipher from files`);
    expect(newOnly.decryptBytes(Buffer.from(file[0]?.content_cipher as Uint8Array)).toString()).toBe('%PDF-1.4 轮换');
    // The old key alone no longer opens the sample: a process left on the old key refuses to start.
    await expect(checkKeys(t.services.db, createPii(oldKey, indexKey))).rejects.toThrow(/PII_KEY/);

    // A rerun finds nothing to do.
    const again = await rotateKeys(t.services.db, newOnly, allEncryptedColumns(modules));
    expect(again.filter((p) => p.rewritten > 0 || p.unreadable > 0)).toEqual([]);
    expect(again.filter((p) => p.total > 0).map((p) => `${p.table}.${p.column}`)).toEqual(['files.content_cipher']);
  });

  it('leaves what no configured key opens, and reports it', async () => {
    const stranger = createPii(crypto.randomBytes(32), indexKey);
    await t.db.query(sql`update members set address_cipher = ${stranger.encrypt('某地某号')} where id = ${member.id}`);
    const result = await rotateKeys(t.services.db, t.services.pii, [{ table: 'members', column: 'address_cipher' }], {
      batch: 1,
    });
    expect(result).toEqual([{ table: 'members', column: 'address_cipher', total: 1, rewritten: 0, unreadable: 1 }]);
    const [row] = await t.db.query<{ address_cipher: string }>(
      sql`select address_cipher from members where id = ${member.id}`,
    );
    expect(stranger.decrypt(row?.address_cipher as string)).toBe('某地某号');
  });
});
