import { audit } from '../../platform/audit.js';
import { endMemberSessions } from '../../platform/auth/sessions.js';
import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { Pii } from '../../platform/pii.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import type { MemberChange, NewMemberRecord } from './members.service.js';
import { addMemberEvent } from './members.service.js';

/**
 * Inserts validated member records in batches (seed, benchmarks, later bulk import): encrypts and
 * hashes personal data, derives gender and birth date, assigns card numbers. Existing ID numbers are
 * skipped. Returns the number inserted.
 */

export async function bulkInsertMembers(
  db: Queryable,
  pii: Pii,
  records: NewMemberRecord[],
  batchSize = 5000,
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < records.length; start += batchSize) {
    const batch = records.slice(start, start + batchSize);
    const col = <T>(f: (r: NewMemberRecord) => T) => batch.map(f);
    const rows = await db.query<{ id: number }>(sql`
      insert into members (union_id, union_path, employer_id, name, id_number_cipher, id_number_hash, id_number_last4,
        phone_cipher, phone_hash, gender, birth_date, category, joined_at, card_no)
      select u.*, null from unnest(
        ${col((r) => r.unionId)}::bigint[], ${col((r) => r.unionPath)}::text[], ${col((r) => r.employerId)}::bigint[],
        ${col((r) => r.name)}::text[], ${col((r) => pii.encrypt(r.idNumber))}::text[],
        ${col((r) => pii.hash('id_number', r.idNumber))}::text[], ${col((r) => r.idNumber.slice(-4))}::text[],
        ${col((r) => pii.encrypt(r.phone))}::text[], ${col((r) => pii.hash('phone', r.phone))}::text[],
        ${col((r) => (Number(r.idNumber[16]) % 2 === 1 ? 'male' : 'female'))}::text[],
        ${col((r) => `${r.idNumber.slice(6, 10)}-${r.idNumber.slice(10, 12)}-${r.idNumber.slice(12, 14)}`)}::date[],
        ${col((r) => r.category)}::text[], ${col((r) => r.joinedAt.toISOString())}::timestamptz[]
      ) as u
      on conflict (id_number_hash) do nothing returning id`);
    inserted += rows.length;
    // Card number: "ZG" + the 10-digit member id, unique by construction (docs/architecture.md).
    const ids = rows.map((r) => r.id);
    if (ids.length) {
      await db.query(
        sql`update members set card_no = 'ZG' || lpad(id::text, 10, '0') where id = any(${ids}::bigint[])`,
      );
    }
  }
  return inserted;
}
/**
 * Commits one batch of validated import rows (the imports module's staging table) as members.
 * People who became members in the meantime are left out by the unique ID-number hash.
 * Returns the ID-number hashes inserted.
 */

export async function insertMembersFromImport(
  ctx: Ctx,
  {
    importId,
    fromRow,
    toRow,
    union,
  }: { importId: number; fromRow: number; toRow: number; union: { id: number; path: string } },
) {
  const rows = await ctx.db.query<{ id: number; id_number_hash: string }>(sql`
    insert into members (union_id, union_path, employer_id, name, id_number_cipher, id_number_hash, id_number_last4,
      phone_cipher, phone_hash, gender, birth_date, category, joined_at)
    select ${union.id}, ${union.path}, employer_id, name, id_number_cipher, id_number_hash, id_number_last4, phone_cipher,
      phone_hash, gender, birth_date, category, coalesce(joined_at, now())
    from member_import_rows
    where import_id = ${importId} and outcome = 'valid' and row_no > ${fromRow} and row_no <= ${toRow}
    -- Any conflict (the person, or the phone, became a member since validation) leaves the row out; the
    -- import marks such rows as errors with their reason.
    on conflict do nothing
    returning id, id_number_hash`);
  const ids = rows.map((r) => r.id);
  if (ids.length) {
    await ctx.db.query(
      sql`update members set card_no = 'ZG' || lpad(id::text, 10, '0') where id = any(${ids}::bigint[])`,
    );
    await ctx.db.query(sql`insert into member_events (member_id, kind, actor_kind, actor_id, detail)
      select id, 'joined', 'admin', ${ctx.actor.kind === 'admin' ? ctx.actor.accountId : null}, ${JSON.stringify({ importId })}::jsonb
      from unnest(${ids}::bigint[]) as id`);
  }
  return rows.map((r) => r.id_number_hash);
}
/** Moves an active member to another base union (a completed transfer); the card number stays. */

export async function moveMemberToUnion(
  ctx: Ctx,
  { memberId, to, detail }: { memberId: number; to: { id: number; path: string }; detail: Record<string, unknown> },
) {
  const [row] = await ctx.db.query<{ union_id: number; union_path: string }>(
    sql`select union_id, union_path from members where id = ${memberId} and status = 'active' for update`,
  );
  if (!row) throw new AppError('MEMBER_NOT_ACTIVE');
  await ctx.db.query(
    sql`update members set union_id = ${to.id}, union_path = ${to.path}, employer_id = null where id = ${memberId}`,
  );
  await addMemberEvent(ctx, {
    memberId,
    kind: 'transferred',
    detail: { fromUnionId: row.union_id, toUnionId: to.id, ...detail },
  });
  await audit(ctx, {
    action: 'member.transfer',
    targetType: 'member',
    targetId: memberId,
    unionId: to.id,
    unionPath: to.path,
    before: { unionId: row.union_id },
    after: { unionId: to.id },
  });
}
/**
 * Applies an approved correction. A new phone ends the member's sessions: they sign in again with it.
 * An employer must be one the member's own union covers (anything else is a transfer).
 */

export async function applyCorrection(ctx: Ctx, { memberId, change }: { memberId: number; change: MemberChange }) {
  const [m] = await ctx.db.query<{ phone_hash: string; union_path: string; union_id: number }>(
    sql`select phone_hash, union_path, union_id from members where id = ${memberId} and status = 'active' for update`,
  );
  if (!m) throw new AppError('MEMBER_NOT_ACTIVE');
  const { pii } = ctx.services;
  if (change.field === 'phone') {
    await ctx.db.query(
      sql`update members set phone_cipher = ${pii.encrypt(change.phone)}, phone_hash = ${change.phoneHash} where id = ${memberId}`,
    );
    await endMemberSessions(ctx.db, m.phone_hash);
  } else if (change.field === 'employer') {
    const [e] = await ctx.db.query<{ id: number }>(
      sql`select id from employers where id = ${change.employerId} and ${withinSubtree(sql.raw('union_path'), m.union_path)}`,
    );
    if (!e) throw new AppError('CORRECTION_EMPLOYER_ELSEWHERE', { field: 'employerId' });
    await ctx.db.query(sql`update members set employer_id = ${change.employerId} where id = ${memberId}`);
  } else {
    await ctx.db.query(sql`update members set address_cipher = ${pii.encrypt(change.address)} where id = ${memberId}`);
  }
  await addMemberEvent(ctx, { memberId, kind: 'corrected', detail: { field: change.field } });
  await audit(ctx, {
    action: 'member.correct',
    targetType: 'member',
    targetId: memberId,
    unionId: m.union_id,
    unionPath: m.union_path,
    detail: { field: change.field },
  });
}
