// `npm run admin:create -- --union 衢州市总工会 --level city --username city-admin --name 张三`: the root of the
// union tree and its first system administrator, on a new installation (docs/deploy.md, "First start"). Prints a
// one-time password valid for 72 hours; the first sign-in changes it and enrols the authenticator. Refuses once the
// tree has a root: every later account is made in the console, where it is audited under its maker's name.
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { createFirstAdmin, FirstAdminError } from '../src/modules/accounts/accounts.first-admin.js';
import type { UnionLevel } from '../src/modules/unions/unions.tables.js';
import { openDb } from '../src/platform/db.js';
import { migrate } from '../src/platform/migrate.js';

const { values } = parseArgs({
  options: {
    union: { type: 'string' },
    level: { type: 'string', default: 'city' },
    username: { type: 'string' },
    name: { type: 'string' },
  },
});
if (!values.union || !values.username || !values.name) {
  console.error(
    'usage: npm run admin:create -- --union <root union name> [--level province|city|county|township] --username <login> --name <display name>',
  );
  process.exit(2);
}
const config = loadConfig();
const db = await openDb(config);
try {
  await migrate(db);
  const made = await createFirstAdmin(db, {
    unionName: values.union,
    level: values.level as UnionLevel,
    username: values.username,
    displayName: values.name,
  });
  console.log(`Root union ${values.union} (id ${made.unionId}) and system administrator ${made.username} created.`);
  console.log(`One-time password (valid 72 hours, changed at the first sign-in): ${made.initialPassword}`);
} catch (error) {
  if (!(error instanceof FirstAdminError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.close();
}
