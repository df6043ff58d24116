// Opening hours: round the clock, or spans by day of the week; public holidays (the working calendar the appeals
// deadlines use) either follow the weekly spans or close the station. All in China time (UTC+8, no daylight
// saving).
import { AppError } from '../../platform/errors.js';
import type { WorkCalendar } from '../../platform/worktime.js';

export interface Span {
  /** 1 = Monday … 7 = Sunday. */
  day: number;
  open: string;
  close: string;
}
export interface Hours {
  allDay: boolean;
  weekly: Span[];
  /** What the station does on a public holiday. */
  holidays: 'open' | 'closed';
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Spans that end before they start, or overlap another span of the same day, are refused by name. */
export function checkHours(hours: Hours): void {
  if (hours.allDay) return;
  if (hours.weekly.length === 0) throw new AppError('STATION_HOURS_EMPTY', { field: 'hours' });
  for (const s of hours.weekly) {
    if (minutes(s.close) <= minutes(s.open))
      throw new AppError('STATION_HOURS_BACKWARDS', { field: 'hours', open: s.open, close: s.close });
  }
  for (let day = 1; day <= 7; day++) {
    const spans = hours.weekly.filter((s) => s.day === day).sort((a, b) => minutes(a.open) - minutes(b.open));
    for (let i = 1; i < spans.length; i++) {
      const before = spans[i - 1] as Span;
      const span = spans[i] as Span;
      if (minutes(span.open) < minutes(before.close))
        throw new AppError('STATION_HOURS_OVERLAP', { field: 'hours', first: before.open, second: span.open });
    }
  }
}

const OFFSET_MS = 8 * 3_600_000;

/** China's calendar day, weekday (1–7) and minute of the day at an instant. */
export function chinaMoment(at: Date): { day: string; weekday: number; minute: number } {
  const local = new Date(at.getTime() + OFFSET_MS);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  return { day: local.toISOString().slice(0, 10), weekday, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function isOpen(hours: Hours, at: Date, calendar: WorkCalendar): boolean {
  const m = chinaMoment(at);
  if (hours.holidays === 'closed' && calendar.holidays.has(m.day)) return false;
  if (hours.allDay) return true;
  return hours.weekly.some((s) => s.day === m.weekday && minutes(s.open) <= m.minute && m.minute < minutes(s.close));
}
