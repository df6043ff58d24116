// How other modules reach cadres by text: the enabled accounts holding one of the given roles on exactly one of the
// given unions, with a phone they proved for reminders (auth.account-phone.ts). Read here, where accounts live.
import type { Role } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';

export interface ReachableCadre {
  accountId: number;
  unionId: number;
  phone_hash: string;
  phone_cipher: string;
}

export async function cadresWithPhones(
  ctx: Ctx,
  { unionIds, roles }: { unionIds: number[]; roles: Role[] },
): Promise<ReachableCadre[]> {
  if (unionIds.length === 0 || roles.length === 0) return [];
  const rows = await ctx.db.query<{ account_id: number; union_id: number; phone_hash: string; phone_cipher: string }>(
    sql`select distinct on (a.id, g.union_id) a.id as account_id, g.union_id, a.phone_hash, a.phone_cipher
      from role_grants g join accounts a on a.id = g.account_id
      where g.union_id = any(${unionIds}::bigint[]) and g.role = any(${roles}::text[])
        and not a.disabled and a.phone_hash is not null and a.phone_cipher is not null
      order by a.id, g.union_id`,
  );
  return rows.map((r) => ({
    accountId: Number(r.account_id),
    unionId: Number(r.union_id),
    phone_hash: r.phone_hash,
    phone_cipher: r.phone_cipher,
  }));
}
