import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Agent, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { createSigner, generateSigner } from '../../platform/signing.js';
import { sql } from '../../platform/sql.js';
import { readCardToken, signCardToken } from './cards.service.js';

describe.each(dbKinds)('member e-card on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('issues a short-lived signed token that verifies offline with the public key alone', async () => {
    const m = await buildMember(t, tree.u1, { name: '陈小明' });
    const agent = await memberAgent(t, m.phone);
    const card = (await agent.get('/api/me/card')).json();
    expect(card).toMatchObject({
      name: '陈小明',
      unionName: '甲县一号公司工会',
      refreshSeconds: 30,
      cardNo: expect.stringMatching(/^ZG\d{10}$/),
    });
    expect(new Date(card.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    const { publicKey } = (await new Agent(t).get('/api/card/public-key')).json();
    // What an offline scanner does: import the raw key and check the signature, no server involved.
    const key = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    const [prefix, body, signature] = card.token.split('.');
    expect(crypto.verify(null, Buffer.from(`${prefix}.${body}`), key, Buffer.from(signature, 'base64url'))).toBe(true);
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    expect(payload).toMatchObject({ c: card.cardNo, n: '陈*明', u: '甲县一号公司工会' });
    expect(JSON.stringify(payload)).not.toContain(m.phone);
    const online = (await new Agent(t).post('/api/card/verify', { token: card.token })).json();
    expect(online).toMatchObject({ valid: true, reason: null, cardNo: card.cardNo, name: '陈*明' });
  });

  it('rotates its signing key with an overlap: cards signed before still verify, until the old key is removed', async () => {
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    const before = (await agent.get('/api/me/card')).json();
    const original = t.services.signer;
    const oldKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const newKey = crypto.generateKeyPairSync('ed25519').privateKey;
    const raw = (k: crypto.KeyObject) =>
      crypto.createPublicKey(k).export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64url');
    const id = (k: crypto.KeyObject) =>
      crypto
        .createHash('sha256')
        .update(crypto.createPublicKey(k).export({ format: 'der', type: 'spki' }).subarray(-32))
        .digest('base64url')
        .slice(0, 8);
    try {
      t.services.signer = createSigner(oldKey);
      const signedBefore = (await agent.get('/api/me/card')).json().token;
      // CARD_SIGNING_KEY = new, CARD_SIGNING_KEY_PREVIOUS = old.
      t.services.signer = createSigner(newKey, [oldKey]);
      const anyone = new Agent(t);
      expect((await anyone.post('/api/card/verify', { token: signedBefore })).json()).toMatchObject({ valid: true });
      const after = (await agent.get('/api/me/card')).json().token;
      expect(JSON.parse(Buffer.from(after.split('.')[1], 'base64url').toString()).k).toBe(id(newKey));
      // Offline devices get both keys, and pick the one a card names.
      expect((await anyone.get('/api/card/public-key')).json()).toEqual({
        algorithm: 'Ed25519',
        keyId: id(newKey),
        publicKey: raw(newKey),
        previous: [{ keyId: id(oldKey), publicKey: raw(oldKey) }],
      });
      // The overlap ends when the old key leaves the settings.
      t.services.signer = createSigner(newKey);
      expect((await anyone.post('/api/card/verify', { token: signedBefore })).json()).toMatchObject({
        valid: false,
        reason: 'signature',
      });
      expect((await anyone.post('/api/card/verify', { token: after })).json()).toMatchObject({ valid: true });
      expect((await anyone.post('/api/card/verify', { token: before.token })).json().reason).toBe('signature');
    } finally {
      t.services.signer = original;
    }
  });

  it('shows a forged, expired or revoked card as invalid', async () => {
    const m = await buildMember(t, tree.u2);
    const agent = await memberAgent(t, m.phone);
    const { token, cardNo } = (await agent.get('/api/me/card')).json();
    const forged = signCardToken(generateSigner(), {
      c: cardNo,
      n: '假*',
      u: '假工会',
      e: Math.floor(Date.now() / 1000) + 60,
    });
    const anyone = new Agent(t);
    expect((await anyone.post('/api/card/verify', { token: forged })).json()).toMatchObject({
      valid: false,
      reason: 'signature',
    });
    expect((await anyone.post('/api/card/verify', { token: 'not a card' })).json()).toMatchObject({
      valid: false,
      reason: 'format',
    });
    const old = signCardToken(t.services.signer, { c: cardNo, n: '旧*', u: 'x', e: Math.floor(Date.now() / 1000) - 1 });
    expect((await anyone.post('/api/card/verify', { token: old })).json()).toMatchObject({
      valid: false,
      reason: 'expired',
    });
    await t.db.query(sql`update members set status = 'left' where id = ${m.id}`);
    expect((await anyone.post('/api/card/verify', { token })).json()).toMatchObject({
      valid: false,
      reason: 'revoked',
    });
    expect((await agent.get('/api/me/card')).json().error.code).toBe('CARD_NOT_AVAILABLE');
  });

  it('has no card for a phone without a membership', async () => {
    const agent = await memberAgent(t, '13911112222');
    expect((await agent.get('/api/me/card')).statusCode).toBe(404);
  });

  it('reads tokens strictly', () => {
    const signer = generateSigner();
    const token = signCardToken(signer, { c: 'ZG0000000001', n: '王*', u: '工会', e: 2_000_000_000 });
    expect(readCardToken(signer, token, 0).ok).toBe(true);
    expect(readCardToken(signer, token.replace('ZGC1', 'ZGC2'), 0)).toMatchObject({ ok: false, reason: 'format' });
    // Change one character well inside the signature: the last base64url characters carry padding bits, so
    // rewriting those could leave the decoded signature unchanged (this flaked about once in a thousand runs).
    const i = token.length - 10;
    const forged = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
    expect(readCardToken(signer, forged, 0)).toMatchObject({ ok: false, reason: 'signature' });
  });
});
