// Background work on a PostgreSQL-backed queue: pg-boss (docs/architecture.md, "Jobs"). Jobs live in the
// database the app uses, embedded or server, so a job sent in a request survives a restart, a failed job is
// retried with exponential backoff, and a cron schedule fires once however many processes run.
//
// pg-boss speaks to PostgreSQL through a `db` adapter (`executeSql(text, values)`), so the same queue runs on
// PGlite, through the app's own database handle, and on a server, through the app's pool.
import PgBoss from 'pg-boss';
import type { Db } from './db.js';

export type JobHandler = (data: Record<string, unknown>) => Promise<unknown>;

export interface QueueOptions {
  /** Attempts after the first; the delay doubles each time from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How often a worker looks for jobs: short for what a member waits for (a text), long for scheduled work. */
  pollSeconds?: number;
}

export interface FailedJob {
  id: string;
  name: string;
  data: unknown;
  error: string;
  retries: number;
  createdAt: Date;
  failedAt: Date;
}

export interface ScheduledJob {
  name: string;
  cron: string;
  runAtStart?: boolean;
  handler: JobHandler;
}

/** Scheduled jobs fire on the minute: a worker looking every 10 s is soon enough, and spares the embedded database. */
const POLL_SECONDS = 10;

export class JobQueue {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler>();
  private ready?: Promise<void>;
  /** Jobs this process's workers are running, and pg-boss's own queries still out (see `stop`). */
  private readonly running = new Set<Promise<unknown>>();
  private readonly pendingSql = new Set<Promise<unknown>>();
  private stopped = false;

  /**
   * `background`: this process also runs workers, cron schedules and pg-boss's maintenance (a server). Without
   * it (tests, scripts) jobs are only sent, and run when `runDue` is called.
   */
  constructor(
    private readonly db: Db,
    private readonly background = false,
  ) {
    this.boss = new PgBoss({
      db: {
        executeSql: (text, values) => {
          // After `stop`, the database may be closed: pg-boss's late bookkeeping (a job that outran the stop, then
          // completed or failed) is left unanswered instead of failing on a closed pool, which pg-boss would not
          // catch. The job itself is not lost: pg-boss's stop has marked it failed, to be retried.
          if (this.stopped) return new Promise<never>(() => undefined);
          const query = db.raw(text, values);
          this.pendingSql.add(query);
          void query.then(
            () => this.pendingSql.delete(query),
            () => this.pendingSql.delete(query),
          );
          return query;
        },
      },
      schedule: background,
      supervise: background,
      migrate: true,
    });
    this.boss.on('error', (error) => console.error('job queue:', error.message));
  }

  private readonly options = new Map<string, QueueOptions>();
  private readonly created = new Map<string, Promise<void>>();

  /** Creates pg-boss's own tables (its `pgboss` schema, its migrations) on first use. */
  private start(): Promise<void> {
    // Processes starting together race to install pg-boss's schema; the loser's second try finds it there.
    this.ready ??= this.boss
      .start()
      .catch(() => new Promise((resolve) => setTimeout(resolve, 500)).then(() => this.boss.start()))
      .then(() => undefined)
      .catch((error: unknown) => {
        this.ready = undefined; // the next send tries again rather than failing for the process's life
        throw error;
      });
    return this.ready;
  }

  /** Creates (or updates) a declared queue in the database, once per process. */
  private async ensure(name: string): Promise<void> {
    await this.start();
    let done = this.created.get(name);
    if (!done) {
      const options = this.options.get(name) ?? {};
      const queue = {
        name,
        retryLimit: options.retryLimit ?? 5,
        retryDelay: options.retryDelaySeconds ?? 30,
        retryBackoff: true,
      };
      done = (async () => {
        // Processes starting together race to create the same queue (pg-boss makes a partition per queue, and
        // two at once can deadlock): the loser waits a moment and finds the queue there.
        for (let attempt = 1; ; attempt++) {
          try {
            if (await this.boss.getQueue(name)) return await this.boss.updateQueue(name, queue);
            return await this.boss.createQueue(name, queue);
          } catch (error) {
            if (attempt >= 5) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
          }
        }
      })();
      this.created.set(name, done);
      done.catch(() => this.created.delete(name));
    }
    await done;
  }

  /**
   * Declares a queue and the function that runs its jobs. Nothing touches the database until a job is sent or
   * run, so a process that never uses the queue (most tests) never creates its tables.
   */
  define(name: string, handler: JobHandler, options: QueueOptions = {}): void {
    this.handlers.set(name, handler);
    this.options.set(name, options);
  }

  /** Sends a job; with a `singletonKey`, a second send while the first is queued or running is dropped. */
  async send(name: string, data: object, options: { singletonKey?: string } = {}): Promise<string | null> {
    if (!this.handlers.has(name)) throw new Error(`no queue ${name}`);
    await this.ensure(name);
    return this.boss.send(name, data, options);
  }

  /**
   * Runs, in this process, every job of `name` (or of every queue) that is due now: what a worker does, and
   * how a test or a script drains the queue. Returns how many ran.
   */
  async runDue(name?: string): Promise<number> {
    let ran = 0;
    for (const [queue, handler] of this.handlers) {
      if (name && queue !== name) continue;
      await this.ensure(queue);
      for (;;) {
        const jobs = await this.boss.fetch<Record<string, unknown>>(queue, { batchSize: 20 });
        if (jobs.length === 0) break;
        for (const job of jobs) {
          ran += 1;
          try {
            await handler(job.data);
            await this.boss.complete(queue, job.id);
          } catch (error) {
            await this.boss.fail(queue, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
        }
      }
    }
    return ran;
  }

  /** Starts workers for every defined queue and the cron schedules (server processes only). */
  async work(schedules: readonly ScheduledJob[]): Promise<void> {
    if (!this.background) throw new Error('this queue was created without background work');
    for (const job of schedules) {
      this.define(job.name, job.handler, { retryLimit: 2 });
      await this.ensure(job.name);
      await this.boss.schedule(job.name, job.cron, {}, { tz: Intl.DateTimeFormat().resolvedOptions().timeZone });
      // Work that used to run at start-up still does; processes starting together send it once.
      if (job.runAtStart) await this.send(job.name, {}, { singletonKey: `${job.name}:start` });
    }
    for (const [name, handler] of this.handlers) {
      await this.ensure(name);
      const pollingIntervalSeconds = this.options.get(name)?.pollSeconds ?? POLL_SECONDS;
      await this.boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds }, (jobs) => {
        const run = (async () => {
          for (const job of jobs) await handler(job.data);
        })();
        this.running.add(run);
        return run.finally(() => this.running.delete(run));
      });
    }
  }

  /** Which of these singleton keys already have a job of `name`, in any state (queued, retrying, failed, done). */
  async existingKeys(name: string, keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    await this.ensure(name);
    const rows = (
      await this.db.raw(`select distinct singleton_key from pgboss.job where name = $1 and singleton_key = any($2)`, [
        name,
        [...keys],
      ])
    ).rows as Array<{ singleton_key: string }>;
    return new Set(rows.map((r) => r.singleton_key));
  }

  /** Jobs that used up their retries, newest first. */
  async failed(limit: number, offset: number): Promise<{ items: FailedJob[]; total: number }> {
    await this.start();
    const [counted] = (await this.db.raw(`select count(*)::int as total from pgboss.job where state = 'failed'`))
      .rows as Array<{ total: number }>;
    const total = counted?.total ?? 0;
    const rows = (
      await this.db.raw(
        `select id, name, data, output, retry_count, created_on, completed_on from pgboss.job
         where state = 'failed' order by completed_on desc, id limit $1 offset $2`,
        [limit, offset],
      )
    ).rows as Array<{
      id: string;
      name: string;
      data: unknown;
      output: { message?: string } | null;
      retry_count: number;
      created_on: Date;
      completed_on: Date;
    }>;
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        data: r.data,
        error: String(r.output?.message ?? ''),
        retries: r.retry_count,
        createdAt: new Date(r.created_on),
        failedAt: new Date(r.completed_on),
      })),
    };
  }

  /** Puts a failed job back in its queue; false when no failed job has that id. */
  async retry(id: string): Promise<boolean> {
    await this.start();
    const [job] = (await this.db.raw(`select name from pgboss.job where id = $1 and state = 'failed'`, [id]))
      .rows as Array<{ name: string }>;
    if (!job) return false;
    await this.boss.retry(job.name, id);
    return true;
  }

  /**
   * Stops fetching, lets the jobs that are running finish within `timeoutMs`, and returns once nothing of the
   * queue's uses the database any more, so the caller may close it. pg-boss's own `stop` fails what outlives its
   * timeout but does not wait for the handler, nor for its completing or failing query, which it does not await.
   */
  async stop(timeoutMs = 5_000): Promise<void> {
    if (!this.ready) return;
    const deadline = Date.now() + timeoutMs;
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    const settle = async (set: Set<Promise<unknown>>) => {
      while (set.size > 0 && Date.now() < deadline) {
        const left = deadline - Date.now();
        await Promise.race([Promise.allSettled([...set]), new Promise((resolve) => setTimeout(resolve, left))]);
      }
    };
    await settle(this.running);
    // A finished handler's completion is sent on the next turn: give it that turn, then wait for the query.
    await new Promise((resolve) => setImmediate(resolve));
    await settle(this.pendingSql);
    this.stopped = true;
  }
}
