// The background work of a server process: every module's scheduled jobs, the platform's retention and the
// outbox of texts, on the job queue (platform/queue.ts). Each job is idempotent (keys or row states decide
// what is left to do), so a retry or a second process finds nothing done twice.
import { modules } from './app.js';
import { type Services, systemCtx } from './platform/context.js';
import { allJobs, allRetentionRules } from './platform/module.js';
import { requeuePendingSms } from './platform/notify.js';
import type { ScheduledJob } from './platform/queue.js';
import { applyRetention, platformRetention } from './platform/retention.js';
import { refreshStatistics } from './platform/statistics.js';

/** Every scheduled job of the platform and the modules. */
export function scheduledJobs(services: Services): ScheduledJob[] {
  const ctx = () => systemCtx(services);
  const retention = [...platformRetention, ...allRetentionRules(modules)];
  return [
    ...allJobs(modules).map((job) => ({
      name: job.name,
      cron: job.cron,
      runAtStart: job.runAtStart,
      handler: () => job.run(ctx()),
    })),
    {
      name: 'platform.retention',
      cron: '40 3 * * *',
      runAtStart: true,
      handler: () => applyRetention(ctx(), retention),
    },
    { name: 'notify.requeue-sms', cron: '* * * * *', handler: () => requeuePendingSms(ctx()) },
    // The embedded database has no autovacuum to keep planner statistics current (platform/statistics.ts).
    { name: 'platform.statistics', cron: '23 * * * *', runAtStart: true, handler: () => refreshStatistics(ctx()) },
  ];
}

export async function startJobs(services: Services): Promise<void> {
  await services.queue.work(scheduledJobs(services));
}
