import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './auth/passwords.js';
import { base32Decode, base32Encode, totpAt, verifyTotp } from './auth/totp.js';
import { maskIdNumber, maskName, maskPhone } from './mask.js';
import { createPii } from './pii.js';

describe('field encryption', () => {
  const pii = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
  it('round-trips, with a version prefix, the key id and a fresh IV each time', () => {
    const a = pii.encrypt('11010519491231002X');
    expect(a.startsWith(`v2:${pii.keyId}:`)).toBe(true);
    expect(pii.encrypt('11010519491231002X')).not.toBe(a);
    expect(pii.decrypt(a)).toBe('11010519491231002X');
  });
  it('refuses a ciphertext changed by one bit (authenticated)', () => {
    const raw = Buffer.from(pii.encrypt('13812345678').slice(12), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => pii.decrypt(`v2:${pii.keyId}:${raw.toString('base64')}`)).toThrow();
  });
  it('names its key by 8 characters of its SHA-256, computed here independently', () => {
    const key = crypto.randomBytes(32);
    const id = crypto.createHash('sha256').update(key).digest().toString('base64url').slice(0, 8);
    expect(createPii(key, crypto.randomBytes(32)).keyId).toBe(id);
  });
  it('reads what a previous key wrote, and the older "v1:" form that names no key; writes only with the new key', () => {
    const oldKey = crypto.randomBytes(32);
    const indexKey = crypto.randomBytes(32);
    const before = createPii(oldKey, indexKey);
    const written = before.encrypt('13812345678');
    const blob = before.encryptBytes(Buffer.from('%PDF-1.7'));
    // The "v1:" form, sealed here with AES-256-GCM directly: iv ‖ tag ‖ body, base64.
    const iv = crypto.randomBytes(12);
    const c = crypto.createCipheriv('aes-256-gcm', oldKey, iv);
    const body = Buffer.concat([c.update('11010519491231002X', 'utf8'), c.final()]);
    const legacy = `v1:${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;

    const after = createPii(crypto.randomBytes(32), indexKey, [oldKey]);
    expect(after.decrypt(written)).toBe('13812345678');
    expect(after.decrypt(legacy)).toBe('11010519491231002X');
    expect(after.decryptBytes(blob).toString()).toBe('%PDF-1.7');
    expect(after.isCurrent(written)).toBe(false);
    expect(after.isCurrent(after.encrypt('x'))).toBe(true);
    expect(after.bytesAreCurrent(blob)).toBe(false);
    expect(after.bytesAreCurrent(after.encryptBytes(Buffer.from('x')))).toBe(true);
    // Without the old key nothing it wrote opens, and the error names the key that is missing.
    const without = createPii(crypto.randomBytes(32), indexKey);
    expect(() => without.decrypt(written)).toThrow(`ciphertext under key ${before.keyId}, which is not configured`);
    expect(() => without.decrypt(legacy)).toThrow();
    expect(() => without.decryptBytes(blob)).toThrow();
  });
  it('hashes deterministically per kind with a key', () => {
    expect(pii.hash('phone', '13812345678')).toBe(pii.hash('phone', '13812345678'));
    expect(pii.hash('phone', '13812345678')).not.toBe(pii.hash('id_number', '13812345678'));
    const other = createPii(crypto.randomBytes(32), crypto.randomBytes(32));
    expect(other.hash('phone', '13812345678')).not.toBe(pii.hash('phone', '13812345678'));
  });
});

describe('masking (SECURITY.md §3.3)', () => {
  it('masks ID numbers without the birth date', () => {
    const masked = maskIdNumber('11010519491231002X');
    expect(masked).toBe('1101**********002X');
    expect(masked).not.toContain('19491231');
  });
  it('masks phones to 3 + 4 visible digits', () => expect(maskPhone('13812345678')).toBe('138****5678'));
  it('masks names for public lists', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('王五')).toBe('王*');
  });
});

describe('passwords', () => {
  it('hashes with argon2id at the OWASP minimum and verifies', async () => {
    const hash = await hashPassword('Correct#Horse9');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'Correct#Horse9')).toBe(true);
    expect(await verifyPassword(hash, 'correct#horse9')).toBe(false);
    expect(await verifyPassword(hash, 'Correct#Horse')).toBe(false);
  });
  it.each(['Password123', '12345678', 'gonghui123', 'Gonghui@123', 'P@ssw0rd!'])('refuses the common %s', (p) =>
    expect(() => checkPasswordPolicy(p)).toThrow(),
  );
  it('refuses short or single-class passwords, and the union name', () => {
    expect(() => checkPasswordPolicy('Ab1#')).toThrow('PASSWORD_TOO_WEAK');
    expect(() => checkPasswordPolicy('abcdefghijkl')).toThrow('PASSWORD_TOO_WEAK');
    // Composition rules pass these; the strength estimate does not (repeats, keyboard runs, sequences).
    for (const weak of ['Aa1!aaaa', 'Qwer1234!', 'Abcd1234!', '1qaz@WSX3edc', 'Qz7#kLp2'])
      expect(() => checkPasswordPolicy(weak), weak).toThrow(/PASSWORD_TOO_(WEAK|COMMON)/);
    expect(() => checkPasswordPolicy('Longyou#2026x', ['longyou'])).toThrow('PASSWORD_TOO_COMMON');
  });
  it('accepts 10, 64 and 128 character passwords (8 random characters are about 10^8 guesses: too few)', () => {
    expect(() => checkPasswordPolicy('Qz7#kLp2Vb')).not.toThrow();
    expect(() => checkPasswordPolicy(`Qz7#${'kLp2'.repeat(15)}`)).not.toThrow();
    expect(() => checkPasswordPolicy(`Qz7#${'kLp2'.repeat(31)}`)).not.toThrow();
  });
});

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890": T=59s → 94287082 (8 digits) → 287082.
  const secret = base32Encode(Buffer.from('12345678901234567890'));
  it('matches the RFC vector', () => {
    expect(totpAt(secret, 1)).toBe('287082');
    expect(base32Decode(secret).toString()).toBe('12345678901234567890');
  });
  it('accepts adjacent steps once, never a replay', () => {
    const now = 59_000;
    const step = verifyTotp(secret, '287082', null, now);
    expect(step).toBe(1);
    expect(verifyTotp(secret, '287082', step, now)).toBeNull();
    expect(verifyTotp(secret, '000000', null, now)).toBeNull();
  });
});
