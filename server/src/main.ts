// Start: config → database → migrations → (demo seed) → app → listen.
import closeWithGrace from 'close-with-grace';
import { buildApp, modules } from './app.js';
import { loadConfig, startupChecks } from './config.js';
import { startJobs } from './jobs.js';
import { SessionCache } from './platform/auth/session-cache.js';
import { createSmsSender } from './platform/auth/sms.js';
import { openDb } from './platform/db.js';
import { createGeocoder } from './platform/geocoder.js';
import { checkKeys, KeyMismatchError } from './platform/key-check.js';
import { Lifecycle, shutdown } from './platform/lifecycle.js';
import { MigrationEditedError, migrate } from './platform/migrate.js';
import { loadPii } from './platform/pii.js';
import { JobQueue } from './platform/queue.js';
import { createScanner } from './platform/scanner.js';
import { loadSigner } from './platform/signing.js';
import { createObjectStore } from './platform/storage.js';
import { demoLogins, seedDemo } from './seed/demo.js';

const config = loadConfig();
const warnings = (() => {
  try {
    return startupChecks(config);
  } catch (error) {
    // A refusal to start is a sentence for whoever runs it, not a stack trace.
    console.error(`\n\x1b[1;31m${(error as Error).message}\x1b[0m`);
    process.exit(1);
  }
})();
const db = await openDb(config);
try {
  await migrate(db);
} catch (error) {
  if (!(error instanceof MigrationEditedError)) throw error;
  console.error(`\n\x1b[1;31m${error.message}\x1b[0m`);
  process.exit(1);
}
const pii = loadPii(config);
try {
  await checkKeys(db, pii);
} catch (error) {
  if (!(error instanceof KeyMismatchError)) throw error;
  console.error(`\n\x1b[1;31m${error.message}\x1b[0m`);
  process.exit(1);
}
const log = (line: string) => console.log(line);
const sms = createSmsSender(config, db, log);
const queue = new JobQueue(db, true);
const lifecycle = new Lifecycle();
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
  lifecycle,
};
const seeded = config.seedDemo ? await seedDemo(services) : false;
const app = await buildApp({ services });
// SIGTERM or SIGINT: drain, answer every request in flight, finish current jobs, close (platform/lifecycle.ts).
// Set before listening: a signal that comes before its handler would kill the process outright.
// close-with-grace exits with code 1 if that takes longer than SHUTDOWN_TIMEOUT_MS, or on a second signal; a crash
// (an uncaught exception) takes the same orderly way out.
closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
  if (err) console.error('stopping after an uncaught error:', err);
  else console.log(`${signal}: stopping`);
  await shutdown({
    lifecycle,
    drainMs: config.shutdownDrainMs,
    app,
    // Current jobs may take what is left of the stop's time once requests are answered, less a margin for the rest.
    queue: { stop: () => queue.stop(Math.max(1000, config.shutdownTimeoutMs - 5000)) },
    closeLast: [() => sessionCache?.close(), () => db.close()],
    log,
  });
});
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
  `  member app  ${url}/\n  admin       ${url}/admin\n  cockpit     ${url}/cockpit${
    config.production ? '' : `\n  API docs    ${url}/api/docs`
  }`,
);
for (const warning of warnings) console.warn(`\n\x1b[1;31m${warning}\x1b[0m`);
if (config.seedDemo) {
  console.log(seeded ? '\nDemo data seeded.' : '\nDemo data already present.');
  console.log(demoLogins(config.demo));
}
