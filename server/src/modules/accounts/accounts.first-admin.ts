// The first cadre of a new installation. Production seeds nothing, and every account is created by another
// account in the console, so the very first one comes from the command line (`npm run admin:create`,
// docs/deploy.md): the root union of the tree and a system administrator on it, with a one-time password that
// must be changed at the first sign-in (where production also enrols the authenticator).
import crypto from 'node:crypto';
import { audit } from '../../platform/audit.js';
import { hashPassword, randomInitialPassword } from '../../platform/auth/passwords.js';
import type { Services } from '../../platform/context.js';
import { systemCtx } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import { type UnionLevel, unionLevels } from '../unions/unions.tables.js';
import { INITIAL_PASSWORD_HOURS } from './accounts.service.js';

/** The `accounts.username` check of the schema, named here for a readable refusal. */
const USERNAME = /^[a-z0-9_.-]{3,32}$/;

export class FirstAdminError extends Error {}

export interface FirstAdminInput {
  unionName: string;
  level: UnionLevel;
  username: string;
  displayName: string;
}

export async function createFirstAdmin(
  db: Db,
  input: FirstAdminInput,
): Promise<{ unionId: number; accountId: number; username: string; initialPassword: string }> {
  const username = input.username.normalize('NFKC').trim().toLowerCase();
  const unionName = input.unionName.trim();
  const displayName = input.displayName.trim();
  if (!USERNAME.test(username))
    throw new FirstAdminError('--username: 3 to 32 of a-z, 0-9, "_", "." and "-", e.g. city-admin');
  if (!unionName || unionName.length > 100)
    throw new FirstAdminError('--union: the root union’s name, 1 to 100 characters');
  if (!displayName || displayName.length > 50)
    throw new FirstAdminError('--name: the cadre’s name, 1 to 50 characters');
  if (!unionLevels.includes(input.level) || input.level === 'base')
    throw new FirstAdminError(`--level: one of ${unionLevels.filter((l) => l !== 'base').join(', ')}`);
  const initialPassword = randomInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return db.transaction(async (tx) => {
    // Two copies of the command run at once must not make two trees.
    await tx.query(sql`lock table unions in exclusive mode`);
    const [existing] = await tx.query<{ n: number }>(sql`select count(*)::int as n from unions`);
    if ((existing?.n ?? 0) > 0)
      throw new FirstAdminError(
        'The union tree already has its root: sign in to the console as an administrator and create accounts there.',
      );
    const [union] = await tx.query<{ id: number; path: string }>(sql`
      with next as (select nextval(pg_get_serial_sequence('unions', 'id')) as id)
      insert into unions (id, parent_id, path, name, level, formation)
      overriding system value
      select next.id, null, '/' || next.id || '/', ${unionName}, ${input.level}, 'area' from next
      returning id, path`);
    const [account] = await tx.query<{ id: number }>(sql`
      insert into accounts (username, display_name, password_hash, must_change_password, password_expires_at)
      values (${username}, ${displayName}, ${passwordHash}, true, now() + ${`${INITIAL_PASSWORD_HOURS} hours`}::interval)
      returning id`);
    if (!union || !account) throw new Error('first administrator: insert returned nothing');
    await tx.query(
      sql`insert into role_grants (account_id, role, union_id) values (${account.id}, 'system_admin', ${union.id})`,
    );
    // The audit trail starts with who made the tree: the command line, acting as the system.
    const ctx = { ...systemCtx({ db } as Services), db: tx, requestId: `cli:${crypto.randomUUID()}` };
    await audit(ctx, {
      action: 'account.create',
      targetType: 'account',
      targetId: account.id,
      unionId: union.id,
      unionPath: union.path,
      after: { username, displayName, role: 'system_admin', unionId: union.id, unionName, via: 'admin:create' },
    });
    return { unionId: union.id, accountId: account.id, username, initialPassword };
  });
}
