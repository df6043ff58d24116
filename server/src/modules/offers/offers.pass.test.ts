// Claim passes rotate with the card signing key: a pass issued before the rotation still works during the overlap.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../platform/signing.js';
import { issuePass, readPass } from './offers.pass.js';

const who = { memberId: 30, unionPath: '/3/30/', category: 'employee', joinedAt: 1_700_000_000_000, tags: ['骑手'] };

describe('claim passes', () => {
  it('verify with the current key or a previous one, and not once the previous key is gone', () => {
    const oldKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const newKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const { pass } = issuePass(createSigner(oldKey), who);
    expect(readPass(createSigner(oldKey), pass)).toEqual({ ok: true, who });
    expect(readPass(createSigner(newKey, [oldKey]), pass)).toEqual({ ok: true, who });
    expect(readPass(createSigner(newKey), pass)).toEqual({ ok: false, reason: 'invalid' });
    // New passes are signed with the new key only.
    const fresh = issuePass(createSigner(newKey, [oldKey]), who).pass;
    expect(readPass(createSigner(oldKey), fresh)).toEqual({ ok: false, reason: 'invalid' });
    expect(readPass(createSigner(newKey), fresh)).toEqual({ ok: true, who });
  });

  it('refuses a pass whose body was changed, and an expired one', () => {
    const signer = createSigner(crypto.generateKeyPairSync('ed25519').privateKey);
    const { pass } = issuePass(signer, who, 1_000_000);
    const [prefix, body, mac] = pass.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(body as string, 'base64url').toString()), p: '/3/' }),
    ).toString('base64url');
    expect(readPass(signer, `${prefix}.${forged}.${mac}`, 1_000_000)).toEqual({ ok: false, reason: 'invalid' });
    expect(readPass(signer, pass, 1_000_000 + 600_000)).toEqual({ ok: false, reason: 'expired' });
    expect(readPass(signer, pass, 1_000_000 + 599_000).ok).toBe(true);
  });
});
