// The time services act on. Production reads the system clock; tests substitute a clock they move by
// hand, so deadlines and escalations are tested without sleeping or racing the wall clock.
import type { Ctx } from './context.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until the test moves it. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const now = (ctx: Pick<Ctx, 'services'>): Date => (ctx.services.clock ?? systemClock).now();

/** The China calendar day of a moment (UTC+8, no daylight saving): `2026-12-07`. */
export const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
