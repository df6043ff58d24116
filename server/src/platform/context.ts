// The request context every service receives: who is calling, from where, and the database handle
// (the pool, or the open transaction).
import type { Config } from '../config.js';
import type { Actor } from './access.js';
import type { SmsSender } from './auth/sms.js';
import type { Db, Queryable } from './db.js';
import type { Pii } from './pii.js';
import type { Signer } from './signing.js';

export interface Services {
  config: Config;
  db: Db;
  pii: Pii;
  sms: SmsSender;
  signer: Signer;
}

export interface Ctx {
  services: Services;
  db: Queryable;
  inTransaction: boolean;
  actor: Actor;
  requestId: string;
  ip: string;
  sessionToken?: string;
  /** The signed-in member's verified phone (encrypted), from the session. */
  sessionPhoneCipher?: string;
}

/** Runs `fn` in a transaction, or inside the one already open. */
export async function transaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  return ctx.services.db.transaction((tx) => fn({ ...ctx, db: tx, inTransaction: true }));
}

/** A context for jobs and scripts acting as the system. */
export function systemCtx(services: Services): Ctx {
  return {
    services,
    db: services.db,
    inTransaction: false,
    actor: { kind: 'anonymous' },
    requestId: 'system',
    ip: '127.0.0.1',
  };
}
