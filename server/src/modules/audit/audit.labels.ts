// Who and what an audit event is about, in words: the names an auditor recognises instead of `member#356`.
// Read in one query per kind for a page of events; a member is shown masked (李*四 …1234), as in public lists.
import type { Ctx } from '../../platform/context.js';
import { maskName } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import type { AuditRow } from './audit.presenter.js';

export interface EventNames {
  unions: Map<number, string>;
  /** `<type>:<id>` → its name. */
  targets: Map<string, string>;
  /** Members who acted (signed in, applied…), by member id. */
  members: Map<number, string>;
}

const ids = (values: Array<string | number | null>) => [
  ...new Set(values.filter((v) => v !== null && /^\d+$/.test(String(v))).map(Number)),
];

export async function eventNames(ctx: Ctx, rows: AuditRow[]): Promise<EventNames> {
  const of = (type: string) => ids(rows.filter((r) => r.target_type === type).map((r) => r.target_id));
  const memberIds = [...of('member'), ...ids(rows.filter((r) => r.actor_kind === 'member').map((r) => r.actor_id))];
  const unionIds = [...of('union'), ...ids(rows.map((r) => r.union_id))];
  const [unions, members, accounts, offers, employers, merchants] = await Promise.all([
    named(ctx, sql`select id, name from unions where id = any(${unionIds}::bigint[])`),
    ctx.db.query<{ id: number; name: string; id_number_last4: string }>(
      sql`select id, name, id_number_last4 from members where id = any(${memberIds}::bigint[])`,
    ),
    named(ctx, sql`select id, display_name as name from accounts where id = any(${of('account')}::bigint[])`),
    named(ctx, sql`select id, title as name from offers where id = any(${of('offer')}::bigint[])`),
    named(ctx, sql`select id, name from employers where id = any(${of('employer')}::bigint[])`),
    named(ctx, sql`select id, name from merchants where id = any(${of('merchant')}::bigint[])`),
  ]);
  const memberNames = new Map(members.map((m) => [Number(m.id), `${maskName(m.name)} …${m.id_number_last4}`]));
  const targets = new Map<string, string>();
  for (const [id, name] of memberNames) targets.set(`member:${id}`, name);
  for (const [type, map] of [
    ['union', unions],
    ['account', accounts],
    ['offer', offers],
    ['employer', employers],
    ['merchant', merchants],
  ] as const)
    for (const [id, name] of map) targets.set(`${type}:${id}`, name);
  return { unions, targets, members: memberNames };
}

async function named(ctx: Ctx, query: ReturnType<typeof sql>): Promise<Map<number, string>> {
  const rows = await ctx.db.query<{ id: number; name: string }>(query);
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}
