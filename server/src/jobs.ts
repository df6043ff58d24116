// Background jobs of one server process. Each is idempotent (keys or row states decide what is left to
// do), so several processes may run them at once and a restart simply runs them again.

import { escalateOverdue } from './modules/appeals/appeals.service.js';
import { sendReverifyReminders } from './modules/assistance/assistance.service.js';
import { sendReminders } from './modules/consultations/consultations.service.js';
import { expireHolds } from './modules/offers/offers.lifecycle.js';
import { runExpiry, runMonthlyIssuance, settlePendingBills } from './modules/points/points.service.js';
import { type Services, systemCtx } from './platform/context.js';
import { applyRetention } from './platform/retention.js';

export function startJobs(services: Services, log: (message: string, error: unknown) => void): () => void {
  const ctx = systemCtx(services);
  const every = (ms: number, name: string, job: () => Promise<unknown>, now = false) => {
    const run = () => void job().catch((error: unknown) => log(`job ${name} failed`, error));
    if (now) run();
    const timer = setInterval(run, ms);
    timer.unref();
    return timer;
  };
  const timers = [
    every(30_000, 'waitlist holds', () => expireHolds(ctx)),
    every(60_000, 'appeal escalation', () => escalateOverdue(ctx)),
    every(300_000, 'consultation reminders', () => sendReminders(ctx)),
    every(21_600_000, 're-verification reminders', () => sendReverifyReminders(ctx), true),
    every(60_000, 'bill payments', () => settlePendingBills(ctx)),
    every(3_600_000, 'monthly points', () => runMonthlyIssuance(ctx), true),
    every(86_400_000, 'points expiry', () => runExpiry(ctx), true),
    every(86_400_000, 'retention', () => applyRetention(ctx), true),
  ];
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
