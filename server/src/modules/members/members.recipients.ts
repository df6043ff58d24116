// Who to tell about a decision (platform/notify.ts): a member's phone hash, and the encrypted phone for texts.
import type { Queryable } from '../../platform/db.js';
import type { Recipient } from '../../platform/notify.js';
import { sql } from '../../platform/sql.js';

export async function memberRecipients(db: Queryable, memberIds: readonly number[]): Promise<Map<number, Recipient>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db.query<{ id: number; phone_hash: string; phone_cipher: string }>(
    sql`select id, phone_hash, phone_cipher from members where id = any(${[...new Set(memberIds)]}::bigint[])`,
  );
  return new Map(rows.map((r) => [r.id, { phone_hash: r.phone_hash, phone_cipher: r.phone_cipher }]));
}
