// Member e-cards: a QR whose content is a signed token (card number, masked name, union, expiry)
// that rotates every 30 seconds. Stations verify it offline with the public key; the online check
// also refuses a membership ended since the token was issued.
import { requireMember } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { maskName } from '../../platform/mask.js';
import { enforce } from '../../platform/ratelimit.js';
import type { Signer } from '../../platform/signing.js';
import { sql } from '../../platform/sql.js';

export const CARD_REFRESH_SECONDS = 30;
const CARD_TTL_SECONDS = 60;
const PREFIX = 'ZGC1';

interface CardPayload {
  c: string;
  n: string;
  u: string;
  e: number;
  k: string;
}

export function signCardToken(signer: Signer, payload: Omit<CardPayload, 'k'>): string {
  const body = Buffer.from(JSON.stringify({ ...payload, k: signer.keyId })).toString('base64url');
  const signed = `${PREFIX}.${body}`;
  return `${signed}.${signer.sign(Buffer.from(signed)).toString('base64url')}`;
}

export function readCardToken(signer: Signer, token: string, now = Date.now()) {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false as const, reason: 'format' as const };
  const [prefix, body, signature] = parts as [string, string, string];
  if (!signer.verify(Buffer.from(`${prefix}.${body}`), Buffer.from(signature, 'base64url'))) {
    return { ok: false as const, reason: 'signature' as const };
  }
  let payload: CardPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CardPayload;
  } catch {
    return { ok: false as const, reason: 'format' as const };
  }
  if (payload.e * 1000 <= now) return { ok: false as const, reason: 'expired' as const, payload };
  return { ok: true as const, payload };
}

export async function myCard(ctx: Ctx) {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId) throw new AppError('CARD_NOT_AVAILABLE');
  const [m] = await ctx.db.query<{ card_no: string; name: string; union_name: string; joined_at: Date }>(sql`
    select m.card_no, m.name, u.name as union_name, m.joined_at from members m join unions u on u.id = m.union_id
    where m.id = ${actor.memberId} and m.status = 'active'`);
  if (!m) throw new AppError('CARD_NOT_AVAILABLE');
  const expires = Math.floor(Date.now() / 1000) + CARD_TTL_SECONDS;
  return {
    cardNo: m.card_no,
    name: m.name,
    unionName: m.union_name,
    joinedAt: m.joined_at.toISOString(),
    token: signCardToken(ctx.services.signer, { c: m.card_no, n: maskName(m.name), u: m.union_name, e: expires }),
    expiresAt: new Date(expires * 1000).toISOString(),
    refreshSeconds: CARD_REFRESH_SECONDS,
  };
}

export function publicKey(ctx: Ctx) {
  const { signer } = ctx.services;
  return { algorithm: 'Ed25519' as const, keyId: signer.keyId, publicKey: signer.publicKey, previous: signer.previous };
}

export async function verifyCard(ctx: Ctx, token: string) {
  await enforce(ctx.db, [{ key: `card-verify:${ctx.ip}`, limit: 600, windowSeconds: 3600 }]);
  const read = readCardToken(ctx.services.signer, token);
  const empty = { cardNo: null, name: null, unionName: null, expiresAt: null };
  if (!read.ok && !('payload' in read)) return { valid: false, reason: read.reason, ...empty };
  const p = read.payload as CardPayload;
  const shown = { cardNo: p.c, name: p.n, unionName: p.u, expiresAt: new Date(p.e * 1000).toISOString() };
  if (!read.ok) return { valid: false, reason: read.reason, ...shown };
  const [member] = await ctx.db.query<{ status: string }>(sql`select status from members where card_no = ${p.c}`);
  if (member?.status !== 'active') return { valid: false, reason: 'revoked' as const, ...shown };
  return { valid: true, reason: null, ...shown };
}
