// Working time on China's calendar: Monday–Friday, 09:00–17:00 Beijing time (UTC+8, no daylight
// saving), minus public holidays, plus the weekend days worked in exchange (调休). Deadlines for
// appeals are counted in these working minutes.
export const DAY_START_MINUTE = 9 * 60;
export const DAY_END_MINUTE = 17 * 60;
export const WORKDAY_MINUTES = DAY_END_MINUTE - DAY_START_MINUTE;
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface WorkCalendar {
  /** Days ('YYYY-MM-DD') that are holidays although weekdays. */
  holidays: ReadonlySet<string>;
  /** Days ('YYYY-MM-DD') that are worked although weekends. */
  workdays: ReadonlySet<string>;
}

export const plainCalendar: WorkCalendar = { holidays: new Set(), workdays: new Set() };

/** The Beijing calendar day of a Beijing-midnight-aligned day number. */
const dayKey = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function isWorkday(cal: WorkCalendar, day: number): boolean {
  const key = dayKey(day);
  if (cal.holidays.has(key)) return false;
  if (cal.workdays.has(key)) return true;
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Beijing day number and minute of the day for an instant. */
function split(at: Date): { day: number; minute: number } {
  const local = at.getTime() + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: (local - day * DAY_MS) / 60_000 };
}

const instant = (day: number, minute: number) => new Date(day * DAY_MS + minute * 60_000 - OFFSET_MS);

/** Working minutes between two instants (0 when `to` is not after `from`). */
export function workingMinutesBetween(cal: WorkCalendar, from: Date, to: Date): number {
  if (to <= from) return 0;
  const a = split(from);
  const b = split(to);
  const clamp = (m: number) => Math.min(Math.max(m, DAY_START_MINUTE), DAY_END_MINUTE);
  if (a.day === b.day) return isWorkday(cal, a.day) ? clamp(b.minute) - clamp(a.minute) : 0;
  let total = isWorkday(cal, a.day) ? DAY_END_MINUTE - clamp(a.minute) : 0;
  for (let d = a.day + 1; d < b.day; d++) if (isWorkday(cal, d)) total += WORKDAY_MINUTES;
  if (isWorkday(cal, b.day)) total += clamp(b.minute) - DAY_START_MINUTE;
  return total;
}

/** The instant `minutes` working minutes after `from` (landing at the end of a working stretch, never after it). */
export function addWorkingMinutes(cal: WorkCalendar, from: Date, minutes: number): Date {
  let { day, minute } = split(from);
  let left = minutes;
  for (let guard = 0; guard < 3660; guard++) {
    if (isWorkday(cal, day)) {
      const start = Math.max(minute, DAY_START_MINUTE);
      if (start < DAY_END_MINUTE) {
        const available = DAY_END_MINUTE - start;
        if (left <= available) return instant(day, start + left);
        left -= available;
      }
    }
    day += 1;
    minute = 0;
  }
  throw new Error('working-time horizon exceeded (10 years)');
}
