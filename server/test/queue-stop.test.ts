// Stopping the job queue (platform/queue.ts) before the database closes: a job that finishes in time is recorded as
// done before `stop` returns; one that outlives the stop cannot make the process fail afterwards. (pg-boss does not
// await the query that completes or fails a job: the process stopping with SIGTERM once exited 1 on it.)
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Db, openPostgres } from '../src/platform/db.js';
import { JobQueue } from '../src/platform/queue.js';
import { sql } from '../src/platform/sql.js';

let url = '';
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  const adminUrl = inject('pgUrl');
  const name = `zg_queue_${crypto.randomBytes(5).toString('hex')}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${name}`);
  await admin.close();
  url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
});

async function started(handler: (db: Db) => Promise<void>) {
  const db = await openPostgres(url, 4);
  const queue = new JobQueue(db, true);
  let began!: () => void;
  const running = new Promise<void>((resolve) => {
    began = resolve;
  });
  queue.define(
    'test.slow',
    async () => {
      began();
      await handler(db);
    },
    { pollSeconds: 0.5, retryLimit: 0 },
  );
  await queue.work([]);
  const id = await queue.send('test.slow', {});
  await running;
  return { db, queue, id };
}

const stateOf = async (id: string | null) => {
  const reader = await openPostgres(url, 1);
  try {
    const [row] = await reader.query<{ state: string }>(sql`select state from pgboss.job where id = ${id}`);
    return row?.state;
  } finally {
    await reader.close();
  }
};

describe('stopping the job queue', () => {
  it('lets a running job finish and records it as done before returning', async () => {
    const { db, queue, id } = await started(async (db) => {
      await new Promise((r) => setTimeout(r, 400));
      await db.query(sql`select 1`);
    });
    await queue.stop(5000);
    await db.close();
    expect(await stateOf(id)).toBe('completed');
  });

  it('returns at its deadline, and a job that outlives it fails nothing once the database is closed', async () => {
    const { db, queue, id } = await started(async (db) => {
      await new Promise((r) => setTimeout(r, 1500));
      await db.query(sql`select 1`); // the pool is closed by now: the handler throws
    });
    const before = Date.now();
    await queue.stop(1000);
    expect(Date.now() - before).toBeLessThan(1450);
    await db.close();
    await new Promise((r) => setTimeout(r, 1500));
    expect(rejections).toEqual([]);
    // pg-boss's own stop marked it failed; it is not lost: a retry or the console's "retry" sends it again.
    expect(await stateOf(id)).toBe('failed');
  });
});
