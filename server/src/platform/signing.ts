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
  /** Keys that signed before the current one (CARD_SIGNING_KEY_PREVIOUS): they still verify, never sign. */
  previous: Array<{ keyId: string; publicKey: string }>;
  /**
   * HMAC keys for claim passes (offers.pass.ts), derived from the signing keys with HKDF: the current one first.
   * They rotate with the signing key, with the same overlap.
   */
  passKeys: Buffer[];
}

const passKeyOf = (privateKey: crypto.KeyObject) =>
  Buffer.from(
    crypto.hkdfSync(
      'sha256',
      privateKey.export({ format: 'der', type: 'pkcs8' }),
      Buffer.alloc(0),
      'zhigong claim pass v1',
      32,
    ),
  );

function describeKey(publicKey: crypto.KeyObject) {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return {
    publicKey: raw.toString('base64url'),
    keyId: crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 8),
  };
}

/**
 * `previousKeys` give the overlap of a rotation: what they signed (cards in members' hands, station QR codes) keeps
 * verifying until they are removed from the settings, while everything new is signed with `privateKey`.
 */
export function createSigner(privateKey: crypto.KeyObject, previousKeys: crypto.KeyObject[] = []): Signer {
  const publicKey = crypto.createPublicKey(privateKey);
  const verifiers = [publicKey, ...previousKeys.map((k) => crypto.createPublicKey(k))];
  return {
    sign: (data) => crypto.sign(null, data, privateKey),
    verify: (data, signature) =>
      verifiers.some((key) => {
        try {
          return crypto.verify(null, data, key, signature);
        } catch {
          return false;
        }
      }),
    ...describeKey(publicKey),
    previous: verifiers.slice(1).map(describeKey),
    passKeys: [privateKey, ...previousKeys].map(passKeyOf),
  };
}

export const generateSigner = () => createSigner(crypto.generateKeyPairSync('ed25519').privateKey);

export function loadSigner(
  config: Pick<Config, 'production' | 'cardSigningKey' | 'cardSigningKeyPrevious' | 'dataDir'>,
): Signer {
  const fromDer = (b64: string) =>
    crypto.createPrivateKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'pkcs8' });
  const previous = config.cardSigningKeyPrevious.map(fromDer);
  if (config.cardSigningKey) return createSigner(fromDer(config.cardSigningKey), previous);
  if (config.production) throw new Error('CARD_SIGNING_KEY must be set in production (Ed25519 PKCS#8 DER, base64)');
  const { cardSigningKey } = readOrCreateKeyFile(path.join(config.dataDir, 'card-key.json'), () => ({
    cardSigningKey: crypto
      .generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64'),
  }));
  return createSigner(fromDer(cardSigningKey), previous);
}
