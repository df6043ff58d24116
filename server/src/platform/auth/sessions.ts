// Server-side sessions: a random 256-bit token in an HttpOnly cookie, only its SHA-256 stored.
// Idle and absolute timeouts per kind (AS-14); a cap on concurrent admin sessions (AS-18).
import crypto from 'node:crypto';
import type { Queryable } from '../db.js';
import { type Sql, sql } from '../sql.js';

export const sessionPolicy = {
  admin: { idleMinutes: 30, absoluteHours: 12, maxConcurrent: 3 },
  member: { idleMinutes: 7 * 24 * 60, absoluteHours: 30 * 24, maxConcurrent: 5 },
} as const;

export type SessionStage = 'full' | 'mfa' | 'mfa_enrol' | 'password_change';

export interface SessionRow {
  token_hash: string;
  kind: 'admin' | 'member';
  account_id: number | null;
  member_id: number | null;
  phone_hash: string | null;
  phone_cipher: string | null;
  stage: SessionStage;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  /** A member session's active membership, read in the same statement (null when the phone has none). */
  active_member_id?: number | null;
  active_union_id?: number | null;
  active_union_path?: string | null;
  /** The membership's facts that offers' eligibility is judged by (null when the phone has none). */
  active_category?: string | null;
  active_joined_at?: Date | null;
  active_tags?: string[] | null;
  /**
   * The membership's own record as the member's home shows it (the members module reads it; ciphers stay
   * encrypted), so the home needs no read of its own. Null when the phone has none.
   */
  active_member_record?: Record<string, unknown> | null;
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const randomToken = () => crypto.randomBytes(32).toString('base64url');

export interface NewSession {
  kind: 'admin' | 'member';
  accountId?: number;
  memberId?: number | null;
  phoneHash?: string;
  phoneCipher?: string;
  stage: SessionStage;
  ip: string;
  userAgent: string | undefined;
}

export async function createSession(db: Queryable, s: NewSession): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const policy = sessionPolicy[s.kind];
  await db.query(sql`
    insert into sessions (token_hash, kind, account_id, member_id, phone_hash, phone_cipher, stage, csrf_token,
      ip, user_agent, expires_at)
    values (${hashToken(token)}, ${s.kind}, ${s.accountId ?? null}, ${s.memberId ?? null}, ${s.phoneHash ?? null},
      ${s.phoneCipher ?? null}, ${s.stage}, ${csrfToken}, ${s.ip}, ${s.userAgent?.slice(0, 300) ?? null},
      now() + ${`${policy.absoluteHours} hours`}::interval)`);
  // Keep at most N sessions per admin: the oldest are ended.
  if (s.kind === 'admin' && s.accountId) {
    await db.query(sql`
      delete from sessions where account_id = ${s.accountId} and token_hash not in (
        select token_hash from sessions where account_id = ${s.accountId}
        order by created_at desc limit ${policy.maxConcurrent})`);
  }
  return { token, csrfToken };
}

/** Loads a live session and slides its idle window; expired ones are deleted and return null. */
export async function loadSession(db: Queryable, token: string): Promise<SessionRow | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const row = await readSessionBatched(db, tokenHash);
  if (!row) return null;
  const now = Date.now();
  if (sessionExpired(row, now)) {
    await db.query(sql`delete from sessions where token_hash = ${tokenHash}`);
    return null;
  }
  await touchSession(db, row, now);
  return row;
}

/** Sessions read per statement at most. */
const READ_BATCH_MAX = 500;
interface Waiter {
  resolve: (row: SessionRow | null) => void;
  reject: (error: unknown) => void;
}
const reads = new WeakMap<Queryable, Map<string, Waiter[]>>();

/**
 * The session rows of the cookies that arrived in the same turn of the event loop, read in one statement. In a
 * countdown thousands of members' first requests arrive together, each with a cookie the process has not seen:
 * one statement for a turn's worth costs about what one statement for one does (the same idea as the claim
 * engine's group commit). A lone request waits for no one: its turn ends at once.
 */
function readSessionBatched(db: Queryable, tokenHash: string): Promise<SessionRow | null> {
  return new Promise((resolve, reject) => {
    let pending = reads.get(db);
    if (!pending) {
      pending = new Map();
      reads.set(db, pending);
      setImmediate(() => {
        const batch = reads.get(db);
        reads.delete(db);
        if (batch) void readSessions(db, batch);
      });
    }
    const waiting = pending.get(tokenHash) ?? [];
    waiting.push({ resolve, reject });
    pending.set(tokenHash, waiting);
  });
}

async function readSessions(db: Queryable, batch: Map<string, Waiter[]>) {
  const hashes = [...batch.keys()];
  for (let from = 0; from < hashes.length; from += READ_BATCH_MAX) {
    const part = hashes.slice(from, from + READ_BATCH_MAX);
    let rows: SessionRow[] = [];
    let failure: unknown = null;
    try {
      rows = await db.query<SessionRow>(selectSessions(part));
    } catch (error) {
      failure = error;
    }
    const byHash = new Map(rows.map((r) => [r.token_hash, r]));
    for (const hash of part) {
      for (const waiter of batch.get(hash) ?? []) {
        // Each request gets its own copy: touching one must not move another's clock.
        const row = byHash.get(hash);
        if (failure) waiter.reject(failure);
        else waiter.resolve(row ? { ...row } : null);
      }
    }
  }
}

/**
 * The sessions and, for a member's, the active membership of its phone in one statement: every request with a
 * member's cookie needs both. The membership's eligibility facts and its record come along, so a claim pass and the
 * home need no read of their own.
 */
const selectSessions = (hashes: string[]) => sql`select s.*, m.id as active_member_id,
    m.union_id as active_union_id, m.union_path as active_union_path, m.category as active_category,
    m.joined_at as active_joined_at, m.tags as active_tags, m.record as active_member_record
  from sessions s
  left join lateral (select m.id, m.union_id, m.union_path, m.category, m.joined_at, m.tags,
      to_jsonb(m) - 'id_number_hash' - 'phone_hash' || jsonb_build_object('birth_date', to_char(m.birth_date, 'YYYY-MM-DD'),
        'union_name', u.name, 'employer_name', e.name) as record
    from members m join unions u on u.id = m.union_id left join employers e on e.id = m.employer_id
    where s.kind = 'member' and m.phone_hash = s.phone_hash and m.status = 'active'
    order by m.id limit 1) m on true
  where s.token_hash = any(${hashes}::text[])`;

/** Past its idle window or its absolute end. */
export function sessionExpired(row: SessionRow, now: number): boolean {
  const idleMs = sessionPolicy[row.kind].idleMinutes * 60_000;
  return row.expires_at.getTime() <= now || row.last_seen_at.getTime() + idleMs <= now;
}

/**
 * Slides the idle window, at most once a minute per session, so reads stay cheap under load (the row in hand is
 * updated at once). The writes of a moment are gathered into one statement a second: in a countdown every member's
 * first request slides its window, and one statement for thousands of them costs what one does. A process that stops
 * may lose the last second's slides: a session then looks idle a second longer than it was, never shorter.
 */
export async function touchSession(db: Queryable, row: SessionRow, now: number): Promise<void> {
  if (now - row.last_seen_at.getTime() <= 60_000) return;
  row.last_seen_at = new Date(now);
  let batch = touches.get(db);
  if (!batch) {
    batch = new Set();
    touches.set(db, batch);
    const pending = batch;
    setTimeout(() => {
      touches.delete(db);
      db.query(sql`update sessions set last_seen_at = now() where token_hash = any(${[...pending]}::text[])`).catch(
        () => undefined,
      );
    }, TOUCH_FLUSH_MS).unref();
  }
  batch.add(row.token_hash);
}

const TOUCH_FLUSH_MS = 1000;
const touches = new WeakMap<Queryable, Set<string>>();

export async function destroySession(db: Queryable, token: string): Promise<void> {
  await db.query(sql`delete from sessions where token_hash = ${hashToken(token)}`);
}

/** A member's phone changed: a session is bound to the phone it was opened with, so every one of them ends. */
export async function endMemberSessions(db: Queryable, phoneHash: string): Promise<void> {
  await db.query(sql`delete from sessions where kind = 'member' and phone_hash = ${phoneHash}`);
}

/** Ends the sessions `where` selects (the caller built it from its own session); returns how many ended. */
export async function endSessionsWhere(db: Queryable, where: Sql): Promise<number> {
  return (await db.query(sql`delete from sessions where ${where} returning 1`)).length;
}

export async function destroyAccountSessions(db: Queryable, accountId: number): Promise<void> {
  await db.query(sql`delete from sessions where account_id = ${accountId}`);
}
