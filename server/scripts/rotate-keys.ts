// `npm run keys:rotate`: re-encrypts personal data under the current PII_KEY (docs/deploy.md, "Rotating keys").
// Run it with the settings of the servers (PII_KEY = the new key, PII_PREVIOUS_KEYS = the old ones). On PostgreSQL
// it runs beside the servers; the embedded database must be stopped first (one process owns it). It prints its
// progress, may be stopped and run again (it carries on), and exits 1 if anything is left that no key opens.
import { modules } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDb } from '../src/platform/db.js';
import { checkKeys, KeyMismatchError } from '../src/platform/key-check.js';
import { rotateKeys } from '../src/platform/key-rotation.js';
import { migrate } from '../src/platform/migrate.js';
import { allEncryptedColumns } from '../src/platform/module.js';
import { loadPii } from '../src/platform/pii.js';

const config = loadConfig();
const db = await openDb(config);
await migrate(db);
const pii = loadPii(config);
try {
  await checkKeys(db, pii);
} catch (error) {
  if (!(error instanceof KeyMismatchError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Re-encrypting personal data under key ${pii.keyId} (${config.piiPreviousKeys.length} previous key(s)).`);
const started = Date.now();
const result = await rotateKeys(db, pii, allEncryptedColumns(modules), {
  onProgress: (p) => {
    if (p.total > 0) console.log(`  ${p.table}.${p.column}: ${p.rewritten} of ${p.total} rewritten`);
  },
});
await db.close();
const rewritten = result.reduce((n, p) => n + p.rewritten, 0);
const unreadable = result.filter((p) => p.unreadable > 0);
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rewritten} value(s) rewritten.`);
if (unreadable.length > 0) {
  for (const p of unreadable)
    console.error(`  ${p.table}.${p.column}: ${p.unreadable} value(s) no configured key opens`);
  process.exit(1);
}
console.log('Nothing is left under a previous key: PII_PREVIOUS_KEYS can be removed from every process.');
