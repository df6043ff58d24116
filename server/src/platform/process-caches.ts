// Read models a module keeps in memory in each process (the member's offers list, for one), so the hottest reads of a
// rush need no database round trip. Each cache states its own bound for changes made by other processes or by jobs.
// In the process that handled a write request, every registered cache is emptied before the reply leaves (http.ts,
// with the session cache), so whoever made a change reads it back at once. Routes marked `authNeutral` or
// `sessionless` (a claim pass, a claim, an answer) change nothing such a cache holds, or keep it current themselves.
import type { Services } from './context.js';

export interface ProcessCache {
  clear(): void;
}

const registered = new WeakMap<Services, Set<ProcessCache>>();

export function registerProcessCache(services: Services, cache: ProcessCache): void {
  const set = registered.get(services) ?? new Set<ProcessCache>();
  set.add(cache);
  registered.set(services, set);
}

export function clearProcessCaches(services: Services): void {
  for (const cache of registered.get(services) ?? []) cache.clear();
}
