// Start: config → database → migrations → (demo seed) → app → listen.
import { buildApp, modules } from './app.js';
import { loadConfig, startupChecks } from './config.js';
import { startJobs } from './jobs.js';
import { SessionCache } from './platform/auth/session-cache.js';
import { createSmsSender } from './platform/auth/sms.js';
import { openDb } from './platform/db.js';
import { createGeocoder } from './platform/geocoder.js';
import { migrate } from './platform/migrate.js';
import { loadPii } from './platform/pii.js';
import { JobQueue } from './platform/queue.js';
import { createScanner } from './platform/scanner.js';
import { loadSigner } from './platform/signing.js';
import { createObjectStore } from './platform/storage.js';
import { demoLogins, seedDemo } from './seed/demo.js';

const config = loadConfig();
const warnings = startupChecks(config);
const db = await openDb(config);
await migrate(db);
const pii = loadPii(config);
const log = (line: string) => console.log(line);
const sms = createSmsSender(config, db, log);
const queue = new JobQueue(db, true);
const sessionCache = config.sessionCache ? new SessionCache(db) : undefined;
await sessionCache?.start();
const services = {
  config,
  db,
  pii,
  sms,
  signer: loadSigner(config),
  scanner: createScanner(config),
  queue,
  media: createObjectStore(config),
  sessionCache,
  geocoder: createGeocoder(config),
};
const seeded = config.seedDemo ? await seedDemo(services) : false;
const app = await buildApp({ services });
// A rush opens thousands of connections in the same second: a long accept queue keeps them waiting, not reset.
await app.listen({ host: config.host, port: config.port, backlog: 4096 });
// Work a previous process was stopped in the middle of (an import commit).
for (const module of modules) {
  void module.onStart?.(services).catch((error) => console.error(`${module.name}: resuming failed`, error));
}
await startJobs(services);

const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
console.log(
  `\nZhiGong 智工 is running on ${url}  (database: ${db.kind}${db.kind === 'pglite' ? `, ${config.dataDir}` : ''})`,
);
console.log(
  `  member app  ${url}/\n  admin       ${url}/admin\n  cockpit     ${url}/cockpit\n  API docs    ${url}/api/docs`,
);
for (const warning of warnings) console.warn(`\n\x1b[1;31m${warning}\x1b[0m`);
if (config.seedDemo) {
  console.log(seeded ? '\nDemo data seeded.' : '\nDemo data already present.');
  console.log(demoLogins(config.demo));
}

const stop = async () => {
  await queue.stop();
  await app.close();
  await sessionCache?.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
