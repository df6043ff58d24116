// The accounts the console cannot make (server/src/modules/accounts/accounts.first-admin.ts, docs/deploy.md):
//   npm run admin:create -- --union 衢州市总工会 --level city --username city-admin --name 张三
//     the root of the union tree and its first union administrator, on a new installation;
//   npm run admin:create -- --role auditor --username audit --name 王五
//     an auditor on the root, who reads the audit trail (no console role may grant that).
// Prints a one-time password valid for 72 hours; the first sign-in changes it and enrols the authenticator.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { FirstAdminInput } from '../src/modules/accounts/accounts.first-admin.js';
import { createAuditor, createFirstAdmin, FirstAdminError } from '../src/modules/accounts/accounts.first-admin.js';
import { openDb } from '../src/platform/db.js';
import { migrate } from '../src/platform/migrate.js';

const usage = `usage:
  npm run admin:create -- --union <root union name> [--level province|city|county|township] --username <login> --name <name>
  npm run admin:create -- --role auditor --username <login> --name <name>`;
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'union_admin' },
    union: { type: 'string' },
    level: { type: 'string', default: 'city' },
    username: { type: 'string' },
    name: { type: 'string' },
  },
});
const auditor = values.role === 'auditor';
if (
  !values.username ||
  !values.name ||
  !['union_admin', 'auditor'].includes(values.role ?? '') ||
  (!auditor && !values.union)
) {
  console.error(usage);
  process.exit(2);
}
const config = loadConfig();
const db = await openDb(config);
try {
  await migrate(db);
  const who = { username: values.username, displayName: values.name };
  const made = auditor
    ? await createAuditor(db, who)
    : await createFirstAdmin(db, {
        ...who,
        unionName: values.union ?? '',
        level: values.level as FirstAdminInput['level'],
      });
  console.log(
    auditor
      ? `Auditor ${made.username} created on the root union (id ${made.unionId}).`
      : `Root union ${values.union} (id ${made.unionId}) and union administrator ${made.username} created.`,
  );
  console.log(`One-time password (valid 72 hours, changed at the first sign-in): ${made.initialPassword}`);
} catch (error) {
  if (!(error instanceof FirstAdminError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
