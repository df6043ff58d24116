// Claim passes: identity on the rush's hot path without a database round trip. A signed-in member
// fetches a pass while the countdown runs; claims carry it in the `x-zg-pass` header. It is an
// HMAC-SHA-256 token (key derived from the card signing key, so every process shares it and it rotates with that
// key, the previous one still verifying during the overlap) holding the
// member id and what eligibility needs. It lives 10 minutes: signing out does not revoke a pass already
// issued, but the commit still refuses a membership that has ended.
import crypto from 'node:crypto';
import type { Signer } from '../../platform/signing.js';
import type { ClaimIdentity } from './offers.tables.js';

export const PASS_TTL_SECONDS = 600;
const PREFIX = 'ZGP1';

interface PassBody {
  m: number;
  p: string;
  c: string;
  j: number;
  /** Member tags, for offers restricted to them. */
  t?: readonly string[];
  e: number;
}

export function issuePass(signer: Signer, who: ClaimIdentity, now = Date.now()): { pass: string; expiresAt: string } {
  const exp = Math.floor(now / 1000) + PASS_TTL_SECONDS;
  const body: PassBody = {
    m: who.memberId,
    p: who.unionPath,
    c: who.category,
    j: Math.floor(who.joinedAt / 1000),
    t: who.tags,
    e: exp,
  };
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url');
  const mac = crypto
    .createHmac('sha256', signer.passKeys[0] as Buffer)
    .update(`${PREFIX}.${encoded}`)
    .digest('base64url');
  return { pass: `${PREFIX}.${encoded}.${mac}`, expiresAt: new Date(exp * 1000).toISOString() };
}

export function readPass(
  signer: Signer,
  pass: string | undefined,
  now = Date.now(),
): { ok: true; who: ClaimIdentity } | { ok: false; reason: 'invalid' | 'expired' } {
  const parts = (pass ?? '').split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'invalid' };
  const given = Buffer.from(parts[2] as string, 'base64url');
  const signedWith = (key: Buffer) => {
    const expected = crypto.createHmac('sha256', key).update(`${PREFIX}.${parts[1]}`).digest();
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  };
  if (!signer.passKeys.some(signedWith)) return { ok: false, reason: 'invalid' };
  let body: PassBody;
  try {
    body = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8')) as PassBody;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (body.e * 1000 <= now) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    who: { memberId: body.m, unionPath: body.p, category: body.c, joinedAt: body.j * 1000, tags: body.t ?? [] },
  };
}
