// Sign-in: admins by password (+ TOTP), members by SMS one-time code. Every step that raises the
// session's privileges issues a new token (no session fixation, AS-13).
import crypto from 'node:crypto';
import QRCode from 'qrcode';
import { rolePermissions } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import {
  createSession,
  destroyAccountSessions,
  destroySession,
  endSessionsWhere,
  type SessionRow,
  type SessionStage,
} from '../../platform/auth/sessions.js';
import { newTotpSecret, otpauthUri, verifyTotp } from '../../platform/auth/totp.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { maskPhone } from '../../platform/mask.js';
import { clearLimit, enforce, hit } from '../../platform/ratelimit.js';
import { sql } from '../../platform/sql.js';
import {
  enableTotpFor,
  recordSignIn,
  recordTotpStep,
  storeChosenPassword,
  storeTotpSecret,
} from '../accounts/accounts.credentials.js';
import type { AccountRow } from '../accounts/accounts.tables.js';

const LOCKOUT = { limit: 5, windowSeconds: 15 * 60 };
// A real hash to verify against when the username does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;

export interface Issued {
  token: string;
  csrfToken: string;
  stage: SessionStage;
  kind: 'admin' | 'member';
}

/** Admin passwords expire (MLPS 8.1.4.1 a, SECURITY.md D1). */
export const PASSWORD_MAX_AGE_DAYS = 90;

function nextStage(ctx: Ctx, account: AccountRow, mfaDone: boolean): SessionStage {
  if (account.totp_enabled && !mfaDone) return 'mfa';
  const demoPass = ctx.services.config.demo && account.demo;
  const expired = account.password_changed_at.getTime() < Date.now() - PASSWORD_MAX_AGE_DAYS * 86_400_000;
  if ((account.must_change_password || expired) && !demoPass) return 'password_change';
  if (ctx.services.config.requireAdminMfa && !account.totp_enabled) return 'mfa_enrol';
  return 'full';
}

async function issueAdminSession(ctx: Ctx, account: AccountRow, stage: SessionStage, userAgent?: string) {
  if (ctx.sessionToken) await destroySession(ctx.db, ctx.sessionToken);
  const s = await createSession(ctx.db, { kind: 'admin', accountId: account.id, stage, ip: ctx.ip, userAgent });
  if (stage === 'full') await recordSignIn(ctx.db, account.id);
  return { ...s, stage, kind: 'admin' as const };
}

async function loadAccount(ctx: Ctx, id: number): Promise<AccountRow> {
  const [row] = await ctx.db.query<AccountRow>(sql`select * from accounts where id = ${id}`);
  if (!row || row.disabled) throw new AppError('UNAUTHENTICATED');
  return row;
}

function requireStage(session: SessionRow | null, allowed: SessionStage[]): SessionRow {
  if (session?.kind !== 'admin' || !session.account_id) throw new AppError('UNAUTHENTICATED');
  if (!allowed.includes(session.stage)) throw new AppError('FORBIDDEN');
  return session;
}

export async function adminLogin(
  ctx: Ctx,
  { username, password, userAgent }: { username: string; password: string; userAgent?: string },
): Promise<Issued> {
  const name = username.normalize('NFKC').trim().toLowerCase();
  // Per-IP throttle across usernames (credential stuffing, AS-01).
  const perIp = ctx.services.config.loginLimitPerIp;
  await enforce(ctx.db, [{ key: `login-ip:${ctx.ip}`, limit: perIp, windowSeconds: 15 * 60 }]);
  // Keyed by a keyed hash: whatever was typed as a username (sometimes a phone number) is not stored.
  const lockKey = `login-fail:${ctx.services.pii.hash('username', name)}`;
  // Count the attempt before the password is verified, in one atomic upsert: parallel guesses each take
  // a number, and only the first LOCKOUT.limit of a window are ever checked. A success clears the count.
  const attempt = await hit(ctx.db, { key: lockKey, ...LOCKOUT });
  const [account] = await ctx.db.query<AccountRow>(sql`select * from accounts where username = ${name}`);
  if (!attempt.allowed) {
    await audit(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorId: account?.id ?? null,
      actorName: name,
      detail: { reason: 'locked' },
    });
    throw new AppError('AUTH_ACCOUNT_LOCKED', { retryAfter: attempt.retryAfter });
  }
  dummyHash ??= hashPassword(crypto.randomBytes(16).toString('hex'));
  const ok = await verifyPassword(account?.password_hash ?? (await dummyHash), password);
  if (!account || !ok) {
    await audit(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorId: account?.id ?? null,
      actorName: name,
      detail: { reason: 'credentials' },
    });
    throw new AppError('AUTH_INVALID_CREDENTIALS');
  }
  if (account.disabled) {
    await audit(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorId: account.id,
      actorName: name,
      detail: { reason: 'disabled' },
    });
    throw new AppError('AUTH_ACCOUNT_DISABLED');
  }
  if (account.password_expires_at && account.password_expires_at.getTime() < Date.now()) {
    await audit(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorId: account.id,
      actorName: name,
      detail: { reason: 'initial_password_expired' },
    });
    throw new AppError('AUTH_PASSWORD_EXPIRED');
  }
  await clearLimit(ctx.db, lockKey);
  const stage = nextStage(ctx, account, false);
  await audit(ctx, { action: 'auth.login', actorId: account.id, actorName: name, detail: { stage } });
  return issueAdminSession(ctx, account, stage, userAgent);
}

export async function completeTotp(
  ctx: Ctx,
  { session, code, userAgent }: { session: SessionRow | null; code: string; userAgent?: string },
): Promise<Issued> {
  const s = requireStage(session, ['mfa']);
  const account = await loadAccount(ctx, s.account_id ?? 0);
  await enforce(ctx.db, [{ key: `totp:${account.id}`, limit: 5, windowSeconds: 5 * 60 }]);
  const secret = account.totp_secret_cipher ? ctx.services.pii.decrypt(account.totp_secret_cipher) : '';
  const step = secret ? verifyTotp(secret, code.trim(), account.totp_last_step) : null;
  if (step === null) {
    await audit(ctx, { action: 'auth.totp', outcome: 'failure', actorId: account.id, actorName: account.username });
    throw new AppError('AUTH_TOTP_INVALID');
  }
  await recordTotpStep(ctx.db, account.id, step);
  await clearLimit(ctx.db, `totp:${account.id}`);
  return issueAdminSession(ctx, account, nextStage(ctx, account, true), userAgent);
}

export async function changePassword(
  ctx: Ctx,
  {
    session,
    current,
    next,
    userAgent,
  }: { session: SessionRow | null; current: string; next: string; userAgent?: string },
): Promise<Issued> {
  const s = requireStage(session, ['full', 'password_change', 'mfa_enrol']);
  const account = await loadAccount(ctx, s.account_id ?? 0);
  await enforce(ctx.db, [{ key: `pwchange:${account.id}`, limit: 10, windowSeconds: 15 * 60 }]);
  if (!(await verifyPassword(account.password_hash, current)))
    throw new AppError('AUTH_WRONG_CURRENT_PASSWORD', { field: 'currentPassword' });
  if (current === next) throw new AppError('PASSWORD_REUSED', { field: 'newPassword' });
  checkPasswordPolicy(next, [account.username, account.display_name, 'zhigong', 'gonghui']);
  const hash = await hashPassword(next);
  const updated = await storeChosenPassword(ctx.db, account.id, hash);
  if (!updated) throw new AppError('UNAUTHENTICATED');
  // A new password ends every other session of the account.
  await destroyAccountSessions(ctx.db, account.id);
  await audit(ctx, {
    action: 'auth.password_change',
    actorId: account.id,
    actorName: account.username,
    targetType: 'account',
    targetId: account.id,
  });
  return issueAdminSession(ctx, updated, nextStage(ctx, updated, true), userAgent);
}

export async function setupTotp(ctx: Ctx, session: SessionRow | null) {
  const s = requireStage(session, ['full', 'mfa_enrol']);
  const account = await loadAccount(ctx, s.account_id ?? 0);
  if (account.totp_enabled) throw new AppError('AUTH_TOTP_ALREADY_ENABLED');
  const secret = newTotpSecret();
  await storeTotpSecret(ctx.db, account.id, ctx.services.pii.encrypt(secret));
  const uri = otpauthUri(secret, account.username);
  return { secret, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

export async function enableTotp(
  ctx: Ctx,
  { session, code, userAgent }: { session: SessionRow | null; code: string; userAgent?: string },
): Promise<Issued> {
  const s = requireStage(session, ['full', 'mfa_enrol']);
  const account = await loadAccount(ctx, s.account_id ?? 0);
  if (account.totp_enabled) throw new AppError('AUTH_TOTP_ALREADY_ENABLED');
  await enforce(ctx.db, [{ key: `totp:${account.id}`, limit: 5, windowSeconds: 5 * 60 }]);
  const secret = account.totp_secret_cipher ? ctx.services.pii.decrypt(account.totp_secret_cipher) : '';
  const step = secret ? verifyTotp(secret, code.trim(), null) : null;
  if (step === null) throw new AppError('AUTH_TOTP_INVALID', { field: 'code' });
  const updated = await enableTotpFor(ctx.db, account.id, step);
  if (!updated) throw new AppError('UNAUTHENTICATED');
  await audit(ctx, {
    action: 'auth.totp_enable',
    actorId: account.id,
    actorName: account.username,
    targetType: 'account',
    targetId: account.id,
  });
  return issueAdminSession(ctx, updated, nextStage(ctx, updated, true), userAgent);
}

// ---- Members: SMS one-time codes -------------------------------------------------------------
export const OTP_TTL_MINUTES = 5;
export const OTP_MAX_ATTEMPTS = 5;
export type CodePurpose = 'login' | 'change_phone' | 'account_phone';

export async function describeSession(ctx: Ctx, session: SessionRow | null) {
  const actor = ctx.actor;
  const base = { demo: ctx.services.config.demo, wholeTree: false };
  if (!session || actor.kind === 'anonymous' || actor.kind === 'system') {
    return {
      ...base,
      kind: 'anonymous' as const,
      stage: null,
      csrfToken: null,
      account: null,
      grants: [],
      permissions: [],
      member: null,
    };
  }
  if (actor.kind === 'member') {
    return {
      ...base,
      kind: 'member' as const,
      stage: session.stage,
      csrfToken: session.csrf_token,
      account: null,
      grants: [],
      permissions: [],
      member: { memberId: actor.memberId },
    };
  }
  const [account] = await ctx.db.query<AccountRow>(sql`select * from accounts where id = ${actor.accountId}`);
  const permissions = [...new Set(actor.grants.flatMap((g) => rolePermissions[g.role]))];
  return {
    ...base,
    kind: 'admin' as const,
    stage: session.stage,
    csrfToken: session.csrf_token,
    account: {
      id: actor.accountId,
      username: actor.username,
      displayName: actor.displayName,
      totpEnabled: account?.totp_enabled ?? false,
      phone: account?.phone_cipher ? maskPhone(ctx.services.pii.decrypt(account.phone_cipher)) : null,
    },
    grants: actor.grants.map((g) => ({ id: g.id, role: g.role, unionId: g.unionId, unionName: g.unionName })),
    permissions,
    // Manages a root union: may see what belongs to the whole installation (the job queue).
    wholeTree: actor.grants.some(
      (g) => g.unionPath.split('/').filter(Boolean).length === 1 && rolePermissions[g.role].includes('union.manage'),
    ),
    member: null,
  };
}

export async function logout(ctx: Ctx) {
  if (ctx.sessionToken) {
    await audit(ctx, { action: 'auth.logout' });
    await destroySession(ctx.db, ctx.sessionToken);
  }
}

// ---- Own sessions (AS-17) -----------------------------------------------------------------------
/** A session's handle: the start of its token's hash (the token itself is never stored or shown). */
const handleOf = (tokenHash: string) => tokenHash.slice(0, 16);

function ownSessionFilter(session: SessionRow | null) {
  if (!session) throw new AppError('UNAUTHENTICATED');
  return session.kind === 'admin'
    ? sql`kind = 'admin' and account_id = ${session.account_id}`
    : sql`kind = 'member' and phone_hash = ${session.phone_hash}`;
}

export async function listOwnSessions(ctx: Ctx, session: SessionRow | null) {
  const own = ownSessionFilter(session);
  const rows = await ctx.db.query<{
    token_hash: string;
    created_at: Date;
    last_seen_at: Date;
    ip: string | null;
    user_agent: string | null;
  }>(
    sql`select token_hash, created_at, last_seen_at, ip, user_agent from sessions where ${own} order by last_seen_at desc`,
  );
  return {
    items: rows.map((r) => ({
      id: handleOf(r.token_hash),
      createdAt: r.created_at.toISOString(),
      lastSeenAt: r.last_seen_at.toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      current: r.token_hash === session?.token_hash,
    })),
  };
}

/** Ends one of the caller's sessions by handle, or every other one ('others'). */
export async function endOwnSessions(ctx: Ctx, { session, which }: { session: SessionRow | null; which: string }) {
  const own = ownSessionFilter(session);
  const target =
    which === 'others'
      ? sql`token_hash <> ${session?.token_hash ?? ''}`
      : sql`left(token_hash, 16) = ${which} and token_hash <> ${session?.token_hash ?? ''}`;
  const ended = await endSessionsWhere(ctx.db, sql`${own} and ${target}`);
  await audit(ctx, { action: 'auth.sessions_end', detail: { which: which === 'others' ? 'others' : 'one', ended } });
  return { ended };
}
