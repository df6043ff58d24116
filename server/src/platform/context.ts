// The request context every service receives: who is calling, from where, and the database handle
// (the pool, or the open transaction).
import crypto from 'node:crypto';
import type { Config } from '../config.js';
import { type Actor, systemActor } from './access.js';
import type { SessionCache } from './auth/session-cache.js';
import type { SmsSender } from './auth/sms.js';
import type { Clock } from './clock.js';
import type { Db, Queryable } from './db.js';
import type { Geocoder } from './geocoder.js';
import type { Lifecycle } from './lifecycle.js';
import type { Pii } from './pii.js';
import type { JobQueue } from './queue.js';
import type { FileScanner } from './scanner.js';
import type { Signer } from './signing.js';
import type { ObjectStore } from './storage.js';

export interface Services {
  config: Config;
  db: Db;
  pii: Pii;
  sms: SmsSender;
  signer: Signer;
  scanner: FileScanner;
  queue: JobQueue;
  /** Media (article images…): local files or an S3-compatible store. */
  media: ObjectStore;
  /** The system clock when absent; tests pass a ManualClock. */
  clock?: Clock;
  /** Who cookies stand for, kept in memory (auth/session-cache.ts); every request reads the database without it. */
  sessionCache?: SessionCache;
  /** Typed places to positions (platform/geocoder.ts); absent without AMAP_WEB_KEY. */
  geocoder?: Geocoder;
  /** Serving, draining or closing (platform/lifecycle.ts); absent in tests and scripts, which never stop. */
  lifecycle?: Lifecycle;
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
  /** Work to run once the open transaction commits (texts, notifications): never for a rollback. */
  afterCommit?: Array<() => Promise<void>>;
}

/** Runs `task` after the current transaction commits, or now when there is none. */
export async function whenCommitted(ctx: Ctx, task: () => Promise<void>): Promise<void> {
  if (ctx.afterCommit) ctx.afterCommit.push(task);
  else await task();
}

/** Runs `fn` in a transaction, or inside the one already open. */
export async function transaction<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return fn(ctx);
  const afterCommit: Array<() => Promise<void>> = [];
  const result = await ctx.services.db.transaction((tx) => fn({ ...ctx, db: tx, inTransaction: true, afterCommit }));
  // Outside the transaction: an embedded database serves one transaction at a time, so work that
  // uses the pool (the dev SMS outbox) must not run while this one is open.
  for (const task of afterCommit) await task().catch(() => undefined);
  return result;
}

/** A context for jobs and scripts acting as the system: its own actor, and a request id per run. */
export function systemCtx(services: Services): Ctx {
  return {
    services,
    db: services.db,
    inTransaction: false,
    actor: systemActor,
    requestId: `system:${crypto.randomUUID()}`,
    ip: '127.0.0.1',
  };
}

/** The same context acting as the system: an automatic decision inside someone's request. */
export const asSystem = (ctx: Ctx): Ctx => ({ ...ctx, actor: systemActor });
