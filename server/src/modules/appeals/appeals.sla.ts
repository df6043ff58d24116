// Deadlines derived from a case's event history, never from counters a job updates. Each deadline
// runs in working minutes from its start (submission, or the escalation or reopening that restarted
// it), minus the time spent waiting on the worker, until the event that meets it.
import { addWorkingMinutes, type WorkCalendar, workingMinutesBetween } from '../../platform/worktime.js';

export type DeadlineKind = 'first_response' | 'resolution';

export interface SlaEvent {
  kind: string;
  at: Date;
  detail: { deadline?: DeadlineKind } | null;
}

export interface SlaPolicy {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export interface DeadlineState {
  budgetMinutes: number;
  usedMinutes: number;
  /** When it falls due, while running (null once met, overdue or paused). */
  dueAt: Date | null;
  metAt: Date | null;
  overdue: boolean;
  paused: boolean;
}

const meets: Record<DeadlineKind, ReadonlySet<string>> = {
  first_response: new Set(['accepted', 'referred', 'refused']),
  resolution: new Set(['resolved', 'referred', 'refused']),
};

function restarts(kind: DeadlineKind, e: SlaEvent): boolean {
  if (e.kind === 'submitted') return true;
  if (e.kind === 'escalated') return e.detail?.deadline === kind;
  return kind === 'resolution' && e.kind === 'reopened';
}

export function deadlineState(
  kind: DeadlineKind,
  events: readonly SlaEvent[],
  policy: SlaPolicy,
  cal: WorkCalendar,
  now: Date,
): DeadlineState {
  const budget = kind === 'first_response' ? policy.firstResponseMinutes : policy.resolutionMinutes;
  let startIndex = 0;
  events.forEach((e, i) => {
    if (restarts(kind, e)) startIndex = i;
  });
  const start = events[startIndex]?.at ?? now;
  const after = events.slice(startIndex + 1);
  const met = after.find((e) => meets[kind].has(e.kind)) ?? null;
  const end = met ? met.at : now;
  // Time waiting on the worker does not count.
  let paused = 0;
  let pausedSince: Date | null = null;
  for (const e of after) {
    if (e.at > end) break;
    if (e.kind === 'info_requested' && !pausedSince) pausedSince = e.at;
    if (e.kind === 'worker_replied' && pausedSince) {
      paused += workingMinutesBetween(cal, pausedSince, e.at);
      pausedSince = null;
    }
  }
  const isPaused = !met && pausedSince !== null;
  if (pausedSince) paused += workingMinutesBetween(cal, pausedSince, end);
  const used = workingMinutesBetween(cal, start, end) - paused;
  const overdue = used > budget;
  return {
    budgetMinutes: budget,
    usedMinutes: used,
    dueAt: met || overdue || isPaused ? null : addWorkingMinutes(cal, now, budget - used),
    metAt: met?.at ?? null,
    overdue,
    paused: isPaused,
  };
}
