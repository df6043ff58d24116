// The appeal deadlines (appeals.sla.ts) over the working calendar (platform/worktime.ts): pure rules, tested
// without a database. Times are Beijing time; the numbers are worked out by hand from the calendar.
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, plainCalendar, workingMinutesBetween } from '../../platform/worktime.js';
import { deadlineState } from './appeals.sla.js';

const bj = (local: string) => new Date(`${local}+08:00`);

describe('working time', () => {
  const cal = { holidays: new Set(['2026-10-01', '2026-10-02']), workdays: new Set(['2026-09-27']) };
  it('counts 09:00–17:00 Beijing time on working days only', () => {
    expect(workingMinutesBetween(plainCalendar, bj('2026-09-25T16:00:00'), bj('2026-09-28T10:00:00'))).toBe(120);
    // The make-up Sunday counts; the holidays do not.
    expect(workingMinutesBetween(cal, bj('2026-09-25T16:00:00'), bj('2026-09-28T10:00:00'))).toBe(60 + 480 + 60);
    expect(workingMinutesBetween(cal, bj('2026-09-30T16:00:00'), bj('2026-10-05T09:30:00'))).toBe(60 + 30);
    expect(workingMinutesBetween(cal, bj('2026-09-28T18:00:00'), bj('2026-09-28T20:00:00'))).toBe(0);
  });
  it('adds working minutes across nights, weekends and holidays', () => {
    expect(addWorkingMinutes(cal, bj('2026-09-25T16:00:00'), 480)).toEqual(bj('2026-09-27T16:00:00'));
    expect(addWorkingMinutes(cal, bj('2026-09-30T16:30:00'), 60)).toEqual(bj('2026-10-05T09:30:00'));
    expect(addWorkingMinutes(plainCalendar, bj('2026-09-26T12:00:00'), 0)).toEqual(bj('2026-09-28T09:00:00'));
  });
  it('derives deadlines from events: restarts on escalation, pauses while waiting on the worker', () => {
    const policy = { firstResponseMinutes: 480, resolutionMinutes: 960 };
    const ev = (kind: string, at: string, detail: { deadline?: 'first_response' | 'resolution' } | null = null) => ({
      kind,
      at: bj(at),
      detail,
    });
    const events = [
      ev('submitted', '2026-09-28T09:00:00'),
      ev('accepted', '2026-09-28T12:00:00'),
      ev('info_requested', '2026-09-28T13:00:00'),
      ev('worker_replied', '2026-10-05T13:00:00'),
    ];
    const first = deadlineState('first_response', events, policy, plainCalendar, bj('2026-10-06T09:00:00'));
    expect(first).toMatchObject({ metAt: bj('2026-09-28T12:00:00'), overdue: false, usedMinutes: 180 });
    // 4 h before the question, 4 h after the answer: the 5 working days in between do not count.
    const res = deadlineState('resolution', events, policy, plainCalendar, bj('2026-10-05T17:00:00'));
    expect(res).toMatchObject({ usedMinutes: 480, overdue: false, paused: false });
    expect(res.dueAt).toEqual(bj('2026-10-06T17:00:00'));
    const waiting = deadlineState('resolution', events.slice(0, 3), policy, plainCalendar, bj('2026-10-20T09:00:00'));
    expect(waiting).toMatchObject({ paused: true, overdue: false, dueAt: null, usedMinutes: 240 });
    const escalated = [...events, ev('escalated', '2026-10-07T09:00:00', { deadline: 'resolution' })];
    expect(deadlineState('resolution', escalated, policy, plainCalendar, bj('2026-10-07T10:00:00')).usedMinutes).toBe(
      60,
    );
  });
});
