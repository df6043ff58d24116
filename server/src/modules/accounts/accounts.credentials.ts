// The sign-in columns of `accounts`, written for the auth module (this module owns the table): last sign-in,
// the TOTP secret and its last used step, a changed password, and the holder's own phone for reminders. Auth
// decides; this file only stores.
import type { Queryable } from '../../platform/db.js';
import { sql } from '../../platform/sql.js';
import type { AccountRow } from './accounts.tables.js';

export async function recordSignIn(db: Queryable, accountId: number): Promise<void> {
  await db.query(sql`update accounts set last_login_at = now() where id = ${accountId}`);
}

/** The last TOTP step used: a code is accepted once (no replay within its 30 s window). */
export async function recordTotpStep(db: Queryable, accountId: number, step: number): Promise<void> {
  await db.query(sql`update accounts set totp_last_step = ${step} where id = ${accountId}`);
}

export async function storeTotpSecret(db: Queryable, accountId: number, secretCipher: string): Promise<void> {
  await db.query(sql`update accounts set totp_secret_cipher = ${secretCipher} where id = ${accountId}`);
}

export async function enableTotpFor(db: Queryable, accountId: number, step: number): Promise<AccountRow | undefined> {
  const [row] = await db.query<AccountRow>(
    sql`update accounts set totp_enabled = true, totp_last_step = ${step} where id = ${accountId} returning *`,
  );
  return row;
}

/** A password the account's holder chose: no longer initial, demo or expiring. */
export async function storeChosenPassword(
  db: Queryable,
  accountId: number,
  hash: string,
): Promise<AccountRow | undefined> {
  const [row] = await db.query<AccountRow>(sql`
    update accounts set password_hash = ${hash}, password_changed_at = now(), must_change_password = false,
      password_expires_at = null, demo = false
    where id = ${accountId} returning *`);
  return row;
}

/** The holder's phone for reminders, proved by a code (null clears it): encrypted, with its keyed hash. */
export async function storeAccountPhone(
  db: Queryable,
  { accountId, phone }: { accountId: number; phone: { cipher: string; hash: string } | null },
): Promise<void> {
  await db.query(sql`update accounts set phone_cipher = ${phone?.cipher ?? null}, phone_hash = ${phone?.hash ?? null}
    where id = ${accountId}`);
}
