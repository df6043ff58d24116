// Do the configured personal-data keys open this database's data? A database restored without its keys, or a
// mistyped PII_KEY, would otherwise start, show members' phones as errors, and write new data under a key that none
// of the old data shares. So the first start stores a sample encrypted and hashed with the keys (key_checks), and
// every start after it must open that sample, or refuses to start with a message that says what to restore.
import type { Db } from './db.js';
import type { Pii } from './pii.js';
import { sql } from './sql.js';

const SAMPLE = 'ZhiGong key check 智工';

export class KeyMismatchError extends Error {}

export async function checkKeys(db: Db, pii: Pii): Promise<'stored' | 'matched'> {
  const [row] = await db.query<{ cipher: string; hash: string }>(
    sql`select cipher, hash from key_checks where purpose = 'pii'`,
  );
  if (!row) {
    // A database from before the check: its members' data must open with these keys before they are vouched for.
    const [member] = await db.query<{ phone_cipher: string }>(sql`select phone_cipher from members limit 1`);
    if (member && !opens(pii, member.phone_cipher)) throw mismatch('the stored members');
    await db.query(sql`
      insert into key_checks (purpose, cipher, hash) values ('pii', ${pii.encrypt(SAMPLE)}, ${pii.hash('key-check', SAMPLE)})
      on conflict (purpose) do nothing`);
    return 'stored';
  }
  if (!opens(pii, row.cipher, SAMPLE)) throw mismatch('PII_KEY');
  if (pii.hash('key-check', SAMPLE) !== row.hash) throw mismatch('PII_INDEX_KEY');
  return 'matched';
}

function opens(pii: Pii, cipher: string, expected?: string): boolean {
  try {
    const plain = pii.decrypt(cipher);
    return expected === undefined || plain === expected;
  } catch {
    return false;
  }
}

function mismatch(what: string): KeyMismatchError {
  return new KeyMismatchError(
    `The personal-data keys do not open this database's data (${what}). Start with the keys its data was written ` +
      `with (those in use when it or its backup was made, or after its last key rotation): PII_KEY and ` +
      `PII_INDEX_KEY, or DATA_DIR/keys.json of the embedded database. Refusing to start, so that nothing is written ` +
      `under the wrong key.`,
  );
}
