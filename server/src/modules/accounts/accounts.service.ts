// Admin accounts and the roles they hold on union nodes.

import type { z } from 'zod';
import { authorize, inScope, type Role, requirePermissionSomewhere, roles } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { hashPassword, randomInitialPassword } from '../../platform/auth/passwords.js';
import { destroyAccountSessions } from '../../platform/auth/sessions.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { containsPattern, sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { normalizeQuery } from '../../platform/validators.js';
import { requireVisibleUnion } from '../unions/unions.lookup.js';
import { accountPolicy, canGrantRole } from './accounts.policy.js';
import { presentAccount } from './accounts.presenter.js';
import type { createAccountBody, grantBody, listAccountsQuery } from './accounts.schemas.js';
import type { AccountRow, GrantRow } from './accounts.tables.js';

export const INITIAL_PASSWORD_HOURS = 72;

async function grantsOf(ctx: Ctx, accountIds: number[]): Promise<Map<number, GrantRow[]>> {
  const rows = accountIds.length
    ? await ctx.db.query<GrantRow>(sql`
        select g.id, g.account_id, g.role, g.union_id, u.path as union_path, u.name as union_name
        from role_grants g join unions u on u.id = g.union_id
        where g.account_id = any(${accountIds}::bigint[]) order by u.path, g.role`)
    : [];
  const map = new Map<number, GrantRow[]>();
  for (const r of rows) map.set(r.account_id, [...(map.get(r.account_id) ?? []), r]);
  return map;
}

async function loadVisible(ctx: Ctx, id: number) {
  const [row] = await ctx.db.query<AccountRow>(sql`select * from accounts where id = ${id}`);
  const grants = row ? ((await grantsOf(ctx, [id])).get(id) ?? []) : [];
  if (!row || !accountPolicy.read?.(ctx.actor, { id, grants })) throw notFound();
  return { row, grants };
}

export async function listAccounts(ctx: Ctx, query: z.infer<typeof listAccountsQuery>) {
  requirePermissionSomewhere(ctx.actor, 'account.read');
  const filters = [inScope(ctx.actor, 'account.read', sql.raw('u.path'))];
  if (query.unionId) {
    const union = await requireVisibleUnion(ctx, query.unionId);
    filters.push(withinSubtree(sql.raw('u.path'), union.path));
  }
  const q = normalizeQuery(query.q);
  if (q) {
    const like = containsPattern(q);
    filters.push(sql`(a.username ilike ${like} or a.display_name ilike ${like})`);
  }
  const where = sql`a.id in (select g.account_id from role_grants g join unions u on u.id = g.union_id
    where ${sql.join(filters, sql.raw(' and '))})`;
  const offset = (query.page - 1) * query.pageSize;
  const rows = await ctx.db.query<AccountRow>(
    sql`select a.* from accounts a where ${where} order by a.username limit ${query.pageSize} offset ${offset}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(sql`select count(*)::bigint as n from accounts a where ${where}`);
  const grants = await grantsOf(
    ctx,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentAccount(ctx.actor, r, grants.get(r.id) ?? [])),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The roles the caller may grant somewhere in its subtrees: what the console offers (each grant is still checked). */
export function grantableRoles(ctx: Ctx) {
  const admin = requirePermissionSomewhere(ctx.actor, 'account.manage');
  return { roles: roles.filter((role) => admin.grants.some((g) => canGrantRole(admin, role, g.unionPath))) };
}

export async function getAccount(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'account.read');
  const { row, grants } = await loadVisible(ctx, id);
  return presentAccount(ctx.actor, row, grants);
}

async function requireGrantable(ctx: Ctx, role: Role, unionId: number) {
  const union = await requireVisibleUnion(ctx, unionId);
  if (!union.active) throw new AppError('UNION_INACTIVE');
  if (!canGrantRole(ctx.actor, role, union.path)) throw new AppError('ROLE_NOT_GRANTABLE');
  return union;
}

/** A clerk belongs to one active merchant of the union it is granted on. */
async function merchantOf(ctx: Ctx, merchantId: number | undefined, unionId: number): Promise<number> {
  const [m] = merchantId
    ? await ctx.db.query<{ id: number }>(
        sql`select id from merchants where id = ${merchantId} and union_id = ${unionId} and active`,
      )
    : [];
  if (!m) throw new AppError('VALIDATION_FAILED', { field: 'merchantId' });
  return m.id;
}

export async function createAccount(ctx: Ctx, body: z.infer<typeof createAccountBody>) {
  const admin = requirePermissionSomewhere(ctx.actor, 'account.manage');
  const initialPassword = randomInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return transaction(ctx, async (ctx) => {
    const union = await requireGrantable(ctx, body.role, body.unionId);
    const merchantId = body.role === 'merchant_clerk' ? await merchantOf(ctx, body.merchantId, union.id) : null;
    const [row] = await ctx.db.query<{ id: number }>(sql`
      insert into accounts (username, display_name, password_hash, must_change_password, password_expires_at, created_by,
        merchant_id)
      values (${body.username}, ${body.displayName}, ${passwordHash}, true,
        now() + ${`${INITIAL_PASSWORD_HOURS} hours`}::interval, ${admin.accountId}, ${merchantId})
      on conflict (username) do nothing returning id`);
    if (!row) throw new AppError('ACCOUNT_USERNAME_TAKEN', { field: 'username' });
    await ctx.db.query(sql`insert into role_grants (account_id, role, union_id, granted_by)
      values (${row.id}, ${body.role}, ${union.id}, ${admin.accountId})`);
    await audit(ctx, {
      action: 'account.create',
      targetType: 'account',
      targetId: row.id,
      unionId: union.id,
      unionPath: union.path,
      after: { username: body.username, displayName: body.displayName, role: body.role, unionId: union.id },
    });
    return { account: await getAccount(ctx, row.id), initialPassword };
  });
}

export async function grantRole(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof grantBody> }) {
  const admin = requirePermissionSomewhere(ctx.actor, 'account.manage');
  return transaction(ctx, async (ctx) => {
    const account = await loadVisible(ctx, id);
    if (admin.accountId === id) throw new AppError('ACCOUNT_SELF_CHANGE');
    authorize(accountPolicy, ctx.actor, 'grant', { id, grants: account.grants });
    const union = await requireGrantable(ctx, body.role, body.unionId);
    await ctx.db.query(sql`insert into role_grants (account_id, role, union_id, granted_by)
      values (${id}, ${body.role}, ${union.id}, ${admin.accountId}) on conflict do nothing`);
    await audit(ctx, {
      action: 'account.grant',
      targetType: 'account',
      targetId: id,
      unionId: union.id,
      unionPath: union.path,
      after: { role: body.role, unionId: union.id },
    });
    return getAccount(ctx, id);
  });
}

export async function revokeRole(ctx: Ctx, { id, grantId }: { id: number; grantId: number }) {
  const admin = requirePermissionSomewhere(ctx.actor, 'account.manage');
  return transaction(ctx, async (ctx) => {
    const account = await loadVisible(ctx, id);
    if (admin.accountId === id) throw new AppError('ACCOUNT_SELF_CHANGE');
    const grant = account.grants.find((g) => g.id === grantId);
    if (!grant) throw notFound();
    if (!canGrantRole(ctx.actor, grant.role, grant.union_path)) throw new AppError('ROLE_NOT_GRANTABLE');
    await ctx.db.query(sql`delete from role_grants where id = ${grantId}`);
    await audit(ctx, {
      action: 'account.revoke',
      targetType: 'account',
      targetId: id,
      unionId: grant.union_id,
      unionPath: grant.union_path,
      before: { role: grant.role, unionId: grant.union_id },
    });
    return getAccount(ctx, id);
  });
}

export async function setAccountDisabled(ctx: Ctx, { id, disabled }: { id: number; disabled: boolean }) {
  requirePermissionSomewhere(ctx.actor, 'account.manage');
  return transaction(ctx, async (ctx) => {
    const account = await loadVisible(ctx, id);
    authorize(accountPolicy, ctx.actor, 'disable', { id, grants: account.grants });
    await ctx.db.query(sql`update accounts set disabled = ${disabled} where id = ${id}`);
    // Disabling ends every session of the account at once (AS-16).
    if (disabled) await destroyAccountSessions(ctx.db, id);
    await audit(ctx, {
      action: disabled ? 'account.disable' : 'account.enable',
      targetType: 'account',
      targetId: id,
      unionId: account.grants[0]?.union_id,
      unionPath: account.grants[0]?.union_path,
      before: { disabled: account.row.disabled },
      after: { disabled },
    });
    return getAccount(ctx, id);
  });
}

export async function resetPassword(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'account.manage');
  const initialPassword = randomInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return transaction(ctx, async (ctx) => {
    const account = await loadVisible(ctx, id);
    authorize(accountPolicy, ctx.actor, 'resetPassword', { id, grants: account.grants });
    await ctx.db.query(sql`
      update accounts set password_hash = ${passwordHash}, must_change_password = true, demo = false,
        password_expires_at = now() + ${`${INITIAL_PASSWORD_HOURS} hours`}::interval, password_changed_at = now()
      where id = ${id}`);
    await destroyAccountSessions(ctx.db, id);
    await audit(ctx, {
      action: 'account.reset_password',
      targetType: 'account',
      targetId: id,
      unionId: account.grants[0]?.union_id,
      unionPath: account.grants[0]?.union_path,
    });
    return { account: await getAccount(ctx, id), initialPassword };
  });
}
