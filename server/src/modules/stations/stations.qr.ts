// The token on a station's QR poster: `ZGS1.<body>.<signature>`, the body naming the station and the poster's
// version, signed with the platform's Ed25519 key (the e-card's). A poster does not expire with time (it hangs
// on a wall for years); reissuing it bumps the version and the old one stops working.
import type { Signer } from '../../platform/signing.js';

const PREFIX = 'ZGS1';

export function signStationToken(signer: Signer, { stationId, version }: { stationId: number; version: number }) {
  const body = Buffer.from(JSON.stringify({ s: stationId, v: version })).toString('base64url');
  const signed = `${PREFIX}.${body}`;
  return `${signed}.${signer.sign(Buffer.from(signed)).toString('base64url')}`;
}

export function readStationToken(signer: Signer, token: string): { stationId: number; version: number } | null {
  const [prefix, body, sig] = token.trim().split('.');
  if (prefix !== PREFIX || !body || !sig) return null;
  if (!signer.verify(Buffer.from(`${prefix}.${body}`), Buffer.from(sig, 'base64url'))) return null;
  try {
    const p = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { s: unknown; v: unknown };
    if (!Number.isSafeInteger(p.s) || !Number.isSafeInteger(p.v)) return null;
    return { stationId: p.s as number, version: p.v as number };
  } catch {
    return null;
  }
}
