// Who a cookie stands for, kept in memory: most requests of a signed-in person (a member loading the home, the
// offers and a claim pass in the minute before a release) then need no database round trip before their handler.
//
// What a cached entry holds (the session row and the actor built from it: account, grants, active membership) is
// forgotten, in every process, when any of what it was built from changes: a trigger on sessions, accounts, role
// grants, members and unions sends NOTIFY zg_auth on commit (migrations/20261205T0300_auth_changes.sql), and each
// process clears its cache when the notice arrives. In the process that made a change, the cache is also cleared
// before the reply of any request that may change such things leaves (http.ts), so a logout is final at once for
// the next request. While the listening connection is down nothing is cached: the database answers every request.
// An entry is also never older than MAX_AGE_MS, a bound that holds even if a notice were somehow missed.
import type { Actor } from '../access.js';
import type { Db } from '../db.js';
import type { SessionRow } from './sessions.js';

export const CHANNEL = 'zg_auth';
const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 200_000;
const RETRY_MS = 1_000;

export interface CachedSession {
  row: SessionRow;
  actor: Actor;
  loadedAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  /** Moves on every clear: an entry read from the database before a clear is not stored after it. */
  private generation = 0;
  private live = false;
  private stop: (() => Promise<void>) | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** How many notices arrived (tests and the benchmark read it). */
  notices = 0;

  constructor(private readonly db: Db) {}

  /** Starts listening; until it succeeds (and whenever the connection is lost) nothing is cached. */
  async start(): Promise<void> {
    if (this.closed) return;
    try {
      this.stop = await this.db.listen(
        CHANNEL,
        () => {
          this.notices += 1;
          this.clear();
        },
        () => this.lost(),
      );
      this.clear();
      this.live = true;
    } catch {
      this.lost();
    }
  }

  private lost() {
    this.live = false;
    this.clear();
    this.stop = null;
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, RETRY_MS);
    this.retry.unref();
  }

  get(tokenHash: string, now = Date.now()): CachedSession | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(tokenHash);
    if (entry && now - entry.loadedAt > MAX_AGE_MS) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry;
  }

  /** The generation to pass to `set` once the database has answered. */
  get mark(): number {
    return this.generation;
  }

  set(tokenHash: string, entry: CachedSession, mark: number): void {
    if (!this.live || mark !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, entry);
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    if (this.retry) clearTimeout(this.retry);
    await this.stop?.();
    this.entries.clear();
  }
}
