// Per-request plumbing: builds `request.ctx` (actor from the session cookie, request id, client IP)
// and enforces CSRF on state-changing requests.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { Actor, Grant, Role } from './access.js';
import {
  hashToken,
  loadSession,
  type SessionRow,
  sessionExpired,
  sessionPolicy,
  touchSession,
} from './auth/sessions.js';
import type { Ctx, Services } from './context.js';
import { AppError } from './errors.js';
import { wholeIdentifier } from './identifiers.js';
import { clearProcessCaches } from './process-caches.js';
import { sql } from './sql.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    session: SessionRow | null;
  }
  interface FastifyContextConfig {
    /** Identified by something other than the session cookie (the claim pass). */
    sessionless?: boolean;
    /**
     * Changes nothing that decides who a cookie stands for (sessions, accounts, grants, memberships, the tree):
     * the process's session cache is kept after it. Every other state-changing route clears it (session-cache.ts).
     */
    authNeutral?: boolean;
  }
}

export const sessionCookieName = (config: Config) => (config.cookieSecure ? '__Host-zg_sid' : 'zg_sid');

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, kind: 'admin' | 'member') {
  reply.setCookie(sessionCookieName(config), token, {
    httpOnly: true,
    secure: config.cookieSecure,
    sameSite: 'lax',
    path: '/',
    maxAge: sessionPolicy[kind].absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    secure: config.cookieSecure,
    httpOnly: true,
    sameSite: 'lax',
  });
}

async function actorFor(services: Services, session: SessionRow | null): Promise<Actor> {
  if (!session) return { kind: 'anonymous' };
  const db = services.db;
  if (session.kind === 'admin' && session.account_id) {
    const [account] = await db.query<{
      id: number;
      username: string;
      display_name: string;
      disabled: boolean;
      merchant_id: number | null;
    }>(sql`select id, username, display_name, disabled, merchant_id from accounts where id = ${session.account_id}`);
    if (!account || account.disabled) return { kind: 'anonymous' };
    // Only a fully signed-in session carries the account's roles; pending steps carry none.
    const grants =
      session.stage === 'full'
        ? await db.query<{ id: number; role: Role; union_id: number; path: string; name: string }>(sql`
            select g.id, g.role, g.union_id, u.path, u.name from role_grants g join unions u on u.id = g.union_id
            where g.account_id = ${account.id} and u.active order by u.path`)
        : [];
    return {
      kind: 'admin',
      accountId: account.id,
      username: account.username,
      displayName: account.display_name,
      merchantId: account.merchant_id,
      grants: grants.map(
        (g): Grant => ({ id: g.id, role: g.role, unionId: g.union_id, unionPath: g.path, unionName: g.name }),
      ),
    };
  }
  if (session.kind === 'member' && session.phone_hash) {
    // The membership is resolved on every request (with the session, in one statement): joining, transfer or
    // leaving takes effect at once.
    return {
      kind: 'member',
      memberId: session.active_member_id ?? null,
      unionId: session.active_union_id ?? null,
      unionPath: session.active_union_path ?? null,
      phoneHash: session.phone_hash,
      ...(session.active_member_id && session.active_category && session.active_joined_at
        ? {
            facts: {
              category: session.active_category,
              joinedAt: session.active_joined_at.getTime(),
              tags: session.active_tags ?? [],
            },
          }
        : {}),
    };
  }
  return { kind: 'anonymous' };
}

/** The session and actor of a cookie: from the process's cache when it holds them, else from the database. */
async function resolveSession(
  services: Services,
  token: string,
): Promise<{ session: SessionRow | null; actor: Actor }> {
  const cache = services.sessionCache;
  if (!cache || !token || token.length > 100) {
    const session = await loadSession(services.db, token);
    return { session, actor: await actorFor(services, session) };
  }
  const tokenHash = hashToken(token);
  const now = Date.now();
  const hit = cache.get(tokenHash, now);
  if (hit && !sessionExpired(hit.row, now)) {
    await touchSession(services.db, hit.row, now);
    return { session: hit.row, actor: hit.actor };
  }
  if (hit) cache.forget(tokenHash);
  const mark = cache.mark;
  const session = await loadSession(services.db, token);
  const actor = await actorFor(services, session);
  if (session) cache.set(tokenHash, { row: session, actor: deepFreeze(actor), loadedAt: now }, mark);
  return { session, actor };
}

/** A cached actor is shared by requests: frozen, so a handler that tried to change it would fail loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host of an Origin header, or null when it is not a URL with a host (`null`, `garbage`, `http://`). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/** A request from another site (or one whose Origin cannot be read) may not change anything. */
function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  return origin !== undefined && originHost(origin) !== request.headers.host;
}

/** The path of the first string PostgreSQL cannot store (a NUL, or half of a UTF-16 surrogate pair). */
export function unstorableText(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') || !(value as string & { isWellFormed(): boolean }).isWellFormed() ? path : null;
  }
  if (depth > 32 || value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found =
      unstorableText(key, path, depth + 1) ?? unstorableText(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Every route refuses text no column can hold, before validation and before any handler runs: one
 * platform rule instead of a 500 from the database on each of the endpoints that store or search text.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const field =
      unstorableText(request.params, 'path') ??
      unstorableText(request.query, 'query') ??
      unstorableText(request.body, '');
    if (field !== null) throw new AppError('TEXT_UNSTORABLE', { field: field || 'body' });
    // A whole phone or ID number in a link ends up in browser history, proxies and logs (AS-65): such
    // look-ups go in a POST body, so a query string carrying one is refused on every route.
    const identifier = identifierInQuery(request.query);
    if (identifier !== null) throw new AppError('SEARCH_WHOLE_IDENTIFIER', { field: identifier });
  });
}

function identifierInQuery(query: unknown): string | null {
  if (query === null || typeof query !== 'object') return null;
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && wholeIdentifier(v)) return key;
    }
  }
  return null;
}

export function registerRequestContext(app: FastifyInstance, services: Services) {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // The rush's claim route identifies the member by a signed pass in a header (offers.pass.ts): no
    // session read, and no CSRF token needed, since a cross-site form cannot set that header.
    if (request.routeOptions.config?.sessionless) {
      if (crossSite(request)) throw new AppError('CSRF_FAILED');
      request.session = null;
      request.ctx = {
        services,
        db: services.db,
        inTransaction: false,
        actor: { kind: 'anonymous' },
        requestId: request.id,
        ip: request.ip,
      };
      return;
    }
    const token = request.cookies[sessionCookieName(services.config)];
    const { session, actor } =
      token && request.url.startsWith('/api/')
        ? await resolveSession(services, token)
        : { session: null, actor: { kind: 'anonymous' } as Actor };
    request.session = session;
    request.ctx = {
      services,
      db: services.db,
      inTransaction: false,
      actor,
      requestId: request.id,
      ip: request.ip,
      sessionToken: session ? token : undefined,
      sessionPhoneCipher: session?.phone_cipher ?? undefined,
    };
    if (!request.url.startsWith('/api/') || SAFE_METHODS.has(request.method)) return;
    // CSRF (AS-52): a signed-in browser must echo its session's token; before sign-in, a custom header
    // (which a cross-site form cannot send without a CORS preflight we never grant) is required.
    if (crossSite(request)) throw new AppError('CSRF_FAILED');
    if (session) {
      if (request.headers['x-csrf-token'] !== session.csrf_token) throw new AppError('CSRF_FAILED');
    } else if (!request.headers['x-zg-client']) {
      throw new AppError('CSRF_FAILED');
    }
  });
}

/**
 * In the process that made a change, the session cache and every module's process cache (process-caches.ts) are
 * cleared before the reply leaves, so the next request (after a logout, a grant, a member leaving, an offer edited)
 * is answered from the database. Other processes hear of auth changes by NOTIFY; a module cache states its bound.
 */
export function registerSessionCacheGuard(app: FastifyInstance, services: Services) {
  app.addHook('onSend', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const config = request.routeOptions.config;
    if (config?.sessionless || config?.authNeutral) return;
    services.sessionCache?.clear();
    clearProcessCaches(services);
  });
}

/** Session steps (MFA, forced password change) admit only the routes that complete them. */
export function requireFullSession(request: FastifyRequest): void {
  if (request.session && request.session.stage !== 'full') {
    throw new AppError('SESSION_STEP_REQUIRED', { step: request.session.stage });
  }
}

/** Route option for responses carrying personal data: never cached (AS-66). Spread into the route's options. */
export const noStore = {
  onRequest: async (_request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
  },
};
