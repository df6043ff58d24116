// Field encryption for personal data (AES-256-GCM) and keyed hashes for exact look-up.
// Ciphertexts carry a version and the id of their key ("v2:<key id>:") so keys can rotate (AS-60).
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
  /** The current encryption key's id: what a ciphertext written now carries ("v2:<id>:…"). */
  keyId: string;
  /** Written under the current key? (Key rotation re-encrypts what is not.) */
  isCurrent(cipher: string): boolean;
  /** File contents written under the current key? (They carry no key id: the current key must open them.) */
  bytesAreCurrent(stored: Buffer): boolean;
}

/** A key's id: 8 characters of its SHA-256, so ciphertexts name their key without revealing it. */
export const piiKeyId = (key: Buffer) => crypto.createHash('sha256').update(key).digest('base64url').slice(0, 8);

function seal(key: Buffer, plain: Buffer): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, raw: Buffer): Buffer {
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

/** The first key that opens `raw` (GCM's tag refuses every other), or an error. */
function openWithAny(keys: Buffer[], raw: Buffer): Buffer {
  for (const key of keys) {
    try {
      return open(key, raw);
    } catch {
      // not this key
    }
  }
  throw new Error('no configured key opens this ciphertext');
}

/**
 * `key` encrypts; `previousKeys` (PII_PREVIOUS_KEYS) only decrypt, while key rotation (scripts/rotate-keys.ts)
 * re-encrypts what they wrote. Ciphertexts are "v2:<key id>:<base64>"; "v1:" ones, from before keys had ids, are
 * opened by whichever configured key opens them.
 */
export function createPii(key: Buffer, indexKey: Buffer, previousKeys: Buffer[] = []): Pii {
  if ([key, indexKey, ...previousKeys].some((k) => k.length !== 32)) throw new Error('PII keys must be 32 bytes');
  const keyId = piiKeyId(key);
  const byId = new Map([key, ...previousKeys].map((k) => [piiKeyId(k), k]));
  const all = [key, ...previousKeys];
  const current = `v2:${keyId}:`;
  return {
    keyId,
    encrypt: (plain) => `${current}${seal(key, Buffer.from(plain, 'utf8')).toString('base64')}`,
    decrypt(stored) {
      if (stored.startsWith('v2:')) {
        const id = stored.slice(3, 11);
        const k = byId.get(id);
        if (!k || stored[11] !== ':') throw new Error(`ciphertext under key ${id}, which is not configured`);
        return open(k, Buffer.from(stored.slice(12), 'base64')).toString('utf8');
      }
      if (stored.startsWith('v1:')) return openWithAny(all, Buffer.from(stored.slice(3), 'base64')).toString('utf8');
      throw new Error('unknown ciphertext version');
    },
    encryptBytes: (plain) => seal(key, plain),
    decryptBytes: (stored) => openWithAny(all, stored),
    hash(kind, value) {
      return crypto.createHmac('sha256', indexKey).update(`${kind}:${value}`).digest('hex');
    },
    isCurrent: (cipher) => cipher.startsWith(current),
    bytesAreCurrent(stored) {
      try {
        open(key, stored);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Keys come from config. In embedded, non-production mode a key file is generated in the data folder
 * on first start; production refuses to start without configured keys.
 */
export function loadPii(
  config: Pick<Config, 'production' | 'piiKey' | 'piiIndexKey' | 'piiPreviousKeys' | 'dataDir' | 'databaseUrl'>,
): Pii {
  const previous = config.piiPreviousKeys.map((k) => Buffer.from(k, 'base64'));
  if (config.piiKey && config.piiIndexKey) {
    return createPii(Buffer.from(config.piiKey, 'base64'), Buffer.from(config.piiIndexKey, 'base64'), previous);
  }
  if (config.production) {
    throw new Error('PII_KEY and PII_INDEX_KEY must be set in production (base64, 32 bytes each)');
  }
  const keys = readOrCreateKeyFile(path.join(config.dataDir, 'keys.json'), () => ({
    piiKey: crypto.randomBytes(32).toString('base64'),
    piiIndexKey: crypto.randomBytes(32).toString('base64'),
  }));
  return createPii(Buffer.from(keys.piiKey, 'base64'), Buffer.from(keys.piiIndexKey, 'base64'), previous);
}
