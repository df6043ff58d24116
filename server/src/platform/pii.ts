// Field encryption for personal data (AES-256-GCM) and keyed hashes for exact look-up.
// Ciphertexts carry a version prefix ("v1:") so keys and algorithms can rotate (AS-60).
// The blind-index key is a separate key from the encryption key (PI-17).
import crypto from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config.js';
import { readOrCreateKeyFile } from './dev-keys.js';

export interface Pii {
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  /** The same AES-256-GCM for file contents: iv ‖ tag ‖ body. */
  encryptBytes(plain: Buffer): Buffer;
  decryptBytes(stored: Buffer): Buffer;
  /** HMAC-SHA-256 of the normalised value, hex: equal inputs give equal hashes. */
  hash(kind: string, value: string): string;
}

export function createPii(key: Buffer, indexKey: Buffer): Pii {
  if (key.length !== 32 || indexKey.length !== 32) throw new Error('PII keys must be 32 bytes');
  return {
    encrypt(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      if (!stored.startsWith('v1:')) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(stored.slice(3), 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    encryptBytes(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptBytes(stored) {
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, stored.subarray(0, 12));
      decipher.setAuthTag(stored.subarray(12, 28));
      return Buffer.concat([decipher.update(stored.subarray(28)), decipher.final()]);
    },
    hash(kind, value) {
      return crypto.createHmac('sha256', indexKey).update(`${kind}:${value}`).digest('hex');
    },
  };
}

/**
 * Keys come from config. In embedded, non-production mode a key file is generated in the data folder
 * on first start; production refuses to start without configured keys.
 */
export function loadPii(
  config: Pick<Config, 'production' | 'piiKey' | 'piiIndexKey' | 'dataDir' | 'databaseUrl'>,
): Pii {
  if (config.piiKey && config.piiIndexKey) {
    return createPii(Buffer.from(config.piiKey, 'base64'), Buffer.from(config.piiIndexKey, 'base64'));
  }
  if (config.production) {
    throw new Error('PII_KEY and PII_INDEX_KEY must be set in production (base64, 32 bytes each)');
  }
  const keys = readOrCreateKeyFile(path.join(config.dataDir, 'keys.json'), () => ({
    piiKey: crypto.randomBytes(32).toString('base64'),
    piiIndexKey: crypto.randomBytes(32).toString('base64'),
  }));
  return createPii(Buffer.from(keys.piiKey, 'base64'), Buffer.from(keys.piiIndexKey, 'base64'));
}
