// A server process's life as a load balancer and the clients see it (docs/deploy.md, "Stopping and restarting"):
//
//   serving  → draining: SIGTERM. Readiness (/api/ready) answers 503 so a balancer that polls it sends new work
//              elsewhere, while requests are still served for SHUTDOWN_DRAIN_MS.
//   draining → closing:  the listener closes. Requests already running finish: a claim is answered only after its
//              batch is committed (offers.engine.ts), so every claim this process accepted is committed and
//              acknowledged. A request that arrives on a connection still open is answered 503 SERVICE_RESTARTING
//              with Retry-After and `Connection: close`, never dropped: the client retries with the same
//              idempotency key on another process.
//   then the job queue finishes its current jobs, and the caches and the database close.
import type { FastifyInstance } from 'fastify';
import type { Services } from './context.js';
import { AppError } from './errors.js';
import { migrationFiles } from './migrate.js';
import { sql } from './sql.js';

export type Phase = 'serving' | 'draining' | 'closing';

export class Lifecycle {
  phase: Phase = 'serving';
  /** Requests read and not yet answered: what the stop waits for, and reports. */
  inFlight = 0;
  /** Requests whose connection closed before their answer was written out (a client gave up, or a crash). */
  dropped = 0;
}

/** What answers in every phase: a stopping process is still alive, and says it is not ready. */
const ANSWERED_WHILE_CLOSING = new Set(['/api/health', '/api/ready', '/metrics']);

export function registerLifecycle(app: FastifyInstance, lifecycle: Lifecycle | undefined) {
  if (!lifecycle) return;
  app.addHook('onRequest', (request, reply, done) => {
    if (lifecycle.phase === 'closing' && !ANSWERED_WHILE_CLOSING.has(request.routeOptions.url ?? '')) {
      done(new AppError('SERVICE_RESTARTING', { retryAfter: 1 }));
      return;
    }
    lifecycle.inFlight += 1;
    reply.raw.once('close', () => {
      lifecycle.inFlight -= 1;
      if (!reply.raw.writableFinished) lifecycle.dropped += 1;
    });
    done();
  });
}

export interface Stoppable {
  lifecycle: Lifecycle;
  /** How long readiness fails before the listener closes (SHUTDOWN_DRAIN_MS). */
  drainMs: number;
  app: { close(): Promise<unknown> };
  queue: { stop(): Promise<void> };
  closeLast: Array<() => Promise<void> | void>;
  log: (line: string) => void;
}

/** The orderly stop. The caller (close-with-grace in main.ts) bounds it with SHUTDOWN_TIMEOUT_MS. */
export async function shutdown(parts: Stoppable): Promise<void> {
  const started = Date.now();
  parts.lifecycle.phase = 'draining';
  if (parts.drainMs > 0) await new Promise((resolve) => setTimeout(resolve, parts.drainMs));
  parts.lifecycle.phase = 'closing';
  const { inFlight, dropped } = parts.lifecycle;
  // In-flight requests and current jobs finish side by side; both still need the database.
  await Promise.all([parts.app.close(), parts.queue.stop()]);
  const unanswered = parts.lifecycle.inFlight + parts.lifecycle.dropped - dropped;
  for (const close of parts.closeLast) await close();
  parts.log(
    `stopped in ${Date.now() - started} ms: ${inFlight - unanswered} of ${inFlight} requests in flight answered, current jobs finished`,
  );
}

let expectedMigrations: Set<string> | undefined;

export interface Readiness {
  ready: boolean;
  phase: Phase;
  database: boolean;
  migrations: { applied: number; expected: number };
}

/**
 * Ready: serving (not stopping), the database answers, and every migration this release ships is applied (a
 * process of a newer release is not ready until its migrations ran; one of an older release sees them all).
 */
export async function readiness(services: Pick<Services, 'db' | 'lifecycle'>): Promise<Readiness> {
  expectedMigrations ??= new Set(migrationFiles().keys());
  const expected = expectedMigrations;
  const phase = services.lifecycle?.phase ?? 'serving';
  let database = true;
  let applied = 0;
  try {
    const rows = await services.db.query<{ name: string }>(sql`select name from schema_migrations`);
    applied = rows.filter((r) => expected.has(r.name)).length;
  } catch {
    database = false;
  }
  return {
    ready: phase === 'serving' && database && applied === expected.size,
    phase,
    database,
    migrations: { applied, expected: expected.size },
  };
}
