// Ed25519 signing for member e-card tokens. Stations verify them offline with the public key, so
// the private key never leaves the server. Key from CARD_SIGNING_KEY (PKCS#8 DER, base64); in
// embedded non-production mode a key is generated into the data folder on first start.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import { readOrCreateKeyFile } from './dev-keys.js';

export interface Signer {
  sign(data: Buffer): Buffer;
  verify(data: Buffer, signature: Buffer): boolean;
  /** Raw 32-byte public key, base64url: what the offline scanner imports. */
  publicKey: string;
  keyId: string;
}

export function createSigner(privateKey: crypto.KeyObject): Signer {
  const publicKey = crypto.createPublicKey(privateKey);
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    sign: (data) => crypto.sign(null, data, privateKey),
    verify: (data, signature) => {
      try {
        return crypto.verify(null, data, publicKey, signature);
      } catch {
        return false;
      }
    },
    publicKey: raw.toString('base64url'),
    keyId: crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 8),
  };
}

export const generateSigner = () => createSigner(crypto.generateKeyPairSync('ed25519').privateKey);

export function loadSigner(config: Pick<Config, 'production' | 'cardSigningKey' | 'dataDir'>): Signer {
  const fromDer = (b64: string) =>
    crypto.createPrivateKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'pkcs8' });
  if (config.cardSigningKey) return createSigner(fromDer(config.cardSigningKey));
  if (config.production) throw new Error('CARD_SIGNING_KEY must be set in production (Ed25519 PKCS#8 DER, base64)');
  const { cardSigningKey } = readOrCreateKeyFile(path.join(config.dataDir, 'card-key.json'), () => ({
    cardSigningKey: crypto
      .generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64'),
  }));
  return createSigner(fromDer(cardSigningKey));
}
