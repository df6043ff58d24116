// The token on an activity's QR poster: `ZGV1.<body>.<signature>`, the body naming the activity and the poster's
// version, signed with the platform's Ed25519 key (the e-card's and the stations' posters'). Reissuing the poster
// bumps the version and the old one stops working.
import type { Signer } from '../../platform/signing.js';

const PREFIX = 'ZGV1';

export function signActivityToken(signer: Signer, { activityId, version }: { activityId: number; version: number }) {
  const body = Buffer.from(JSON.stringify({ a: activityId, v: version })).toString('base64url');
  const signed = `${PREFIX}.${body}`;
  return `${signed}.${signer.sign(Buffer.from(signed)).toString('base64url')}`;
}

export function readActivityToken(signer: Signer, token: string): { activityId: number; version: number } | null {
  const [prefix, body, sig] = token.trim().split('.');
  if (prefix !== PREFIX || !body || !sig) return null;
  if (!signer.verify(Buffer.from(`${prefix}.${body}`), Buffer.from(sig, 'base64url'))) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { a: unknown; v: unknown };
    if (!Number.isSafeInteger(p.a) || !Number.isSafeInteger(p.v)) return null;
    return { activityId: p.a as number, version: p.v as number };
  } catch {
    return null;
  }
}
