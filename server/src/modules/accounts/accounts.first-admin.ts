// The accounts the console cannot make. Production seeds nothing, and every account is made by another account in
// the console, which grants only roles whose permissions it holds itself. So the command line (`npm run
// admin:create`, docs/deploy.md) makes:
// - the first cadre: the root union of the tree and a union administrator on it (everything but the audit trail;
//   it makes the other accounts, system administrators and officers, in the console);
// - auditors: no console role holds `audit.read` to grant it, which keeps those who act apart from those who read
//   the trail of their acts (separation of duties, SECURITY.md ML-08).
// Each gets a one-time password that must be changed at the first sign-in, where production also enrols the
// authenticator.
import crypto from 'node:crypto';
import { audit } from '../../platform/audit.js';
import { hashPassword, randomInitialPassword } from '../../platform/auth/passwords.js';
import type { Services } from '../../platform/context.js';
import { systemCtx } from '../../platform/context.js';
import type { Db, Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import { createRootUnion, findRootUnion, rootLevels } from '../unions/unions.service.js';
import { INITIAL_PASSWORD_HOURS } from './accounts.service.js';

/** The `accounts.username` check of the schema, named here for a readable refusal. */
const USERNAME = /^[a-z0-9_.-]{3,32}$/;

export class FirstAdminError extends Error {}

export interface FirstAdminInput {
  unionName: string;
  level: (typeof rootLevels)[number];
  username: string;
  displayName: string;
}

interface Made {
  unionId: number;
  accountId: number;
  username: string;
  initialPassword: string;
}

function person(input: { username: string; displayName: string }) {
  const username = input.username.normalize('NFKC').trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!USERNAME.test(username))
    throw new FirstAdminError('--username: 3 to 32 of a-z, 0-9, "_", "." and "-", e.g. city-admin');
  if (!displayName || displayName.length > 50)
    throw new FirstAdminError('--name: the cadre’s name, 1 to 50 characters');
  return { username, displayName };
}

/** The account, its role on `union`, and the audit row that names the command line as the maker. */
async function insertAccount(
  tx: Queryable,
  db: Db,
  union: { id: number; path: string },
  who: { username: string; displayName: string },
  role: 'union_admin' | 'auditor',
  extra: Record<string, unknown>,
): Promise<Made> {
  const initialPassword = randomInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  const [account] = await tx.query<{ id: number }>(sql`
    insert into accounts (username, display_name, password_hash, must_change_password, password_expires_at)
    values (${who.username}, ${who.displayName}, ${passwordHash}, true, now() + ${`${INITIAL_PASSWORD_HOURS} hours`}::interval)
    on conflict (username) do nothing returning id`);
  if (!account) throw new FirstAdminError(`--username: ${who.username} is taken`);
  await tx.query(
    sql`insert into role_grants (account_id, role, union_id) values (${account.id}, ${role}, ${union.id})`,
  );
  const ctx = { ...systemCtx({ db } as Services), db: tx, requestId: `cli:${crypto.randomUUID()}` };
  await audit(ctx, {
    action: 'account.create',
    targetType: 'account',
    targetId: account.id,
    unionId: union.id,
    unionPath: union.path,
    after: { ...who, role, unionId: union.id, ...extra, via: 'admin:create' },
  });
  return { unionId: union.id, accountId: account.id, username: who.username, initialPassword };
}

export async function createFirstAdmin(db: Db, input: FirstAdminInput): Promise<Made> {
  const who = person(input);
  const unionName = input.unionName.trim();
  if (!unionName || unionName.length > 100)
    throw new FirstAdminError('--union: the root union’s name, 1 to 100 characters');
  if (!rootLevels.includes(input.level)) throw new FirstAdminError(`--level: one of ${rootLevels.join(', ')}`);
  return db.transaction(async (tx) => {
    const union = await createRootUnion(tx, { name: unionName, level: input.level });
    if (!union)
      throw new FirstAdminError(
        'The union tree already has its root: make accounts in the console (or an auditor here, with --role auditor).',
      );
    return insertAccount(tx, db, union, who, 'union_admin', { unionName });
  });
}

/** An auditor on the root of the tree: reads the audit trail and the figures, nothing else. */
export async function createAuditor(db: Db, input: { username: string; displayName: string }): Promise<Made> {
  const who = person(input);
  return db.transaction(async (tx) => {
    const root = await findRootUnion(tx);
    if (!root) throw new FirstAdminError('No union tree yet: make the first administrator first (without --role).');
    return insertAccount(tx, db, root, who, 'auditor', {});
  });
}
