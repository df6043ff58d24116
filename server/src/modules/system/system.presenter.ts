// A failed background job as the console lists it (its data stays on the server: it may name a record).
import type { FailedJob } from '../../platform/queue.js';

export const presentFailedJob = (j: FailedJob) => ({
  id: j.id,
  name: j.name,
  error: j.error,
  retries: j.retries,
  createdAt: j.createdAt.toISOString(),
  failedAt: j.failedAt.toISOString(),
});
