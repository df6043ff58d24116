// The start-up key check (platform/key-check.ts): a database opens only with the keys it was started with.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKeys, KeyMismatchError } from '../src/platform/key-check.js';
import { createPii } from '../src/platform/pii.js';
import { sql } from '../src/platform/sql.js';
import { buildMember, buildUnion, createTestApp } from './harness.js';

const freshPii = () => createPii(crypto.randomBytes(32), crypto.randomBytes(32));

describe('the personal-data key check at start-up', () => {
  it('stores a sample on first start, then opens only with the same keys, naming the key that differs', async () => {
    const t = await createTestApp('pglite');
    try {
      const pii = t.services.pii;
      expect(await checkKeys(t.db, pii)).toBe('stored');
      expect(await checkKeys(t.db, pii)).toBe('matched');
      const [row] = await t.db.query<{ cipher: string }>(sql`select cipher from key_checks where purpose = 'pii'`);
      expect(row?.cipher).toMatch(/^v\d:/);

      await expect(checkKeys(t.db, freshPii())).rejects.toThrow(KeyMismatchError);
      await expect(checkKeys(t.db, freshPii())).rejects.toThrow(/\(PII_KEY\)/);
      // The right encryption key with another index key: look-ups by phone would find nobody.
      const key = crypto.randomBytes(32);
      const t2 = await createTestApp('pglite');
      try {
        const first = createPii(key, crypto.randomBytes(32));
        await checkKeys(t2.db, first);
        await expect(checkKeys(t2.db, createPii(key, crypto.randomBytes(32)))).rejects.toThrow(/\(PII_INDEX_KEY\)/);
      } finally {
        await t2.close();
      }
    } finally {
      await t.close();
    }
  });

  it('on a database from before the check, vouches for the keys only if they open a stored member', async () => {
    const t = await createTestApp('pglite');
    try {
      await buildMember(t, await buildUnion(t));
      await expect(checkKeys(t.db, freshPii())).rejects.toThrow(/\(the stored members\)/);
      expect(await t.db.query(sql`select 1 from key_checks`)).toEqual([]);
      expect(await checkKeys(t.db, t.services.pii)).toBe('stored');
    } finally {
      await t.close();
    }
  });
});
