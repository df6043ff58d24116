// What 学堂 adds to the cockpit (platform/figures.ts): enrolments and completions of members of the subtree this
// year, and the offline sessions (班前十分钟 and others) its unions held this year, with their attendances.
import { chinaDay } from '../../platform/clock.js';
import type { FigureQuery } from '../../platform/figures.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';

const count =
  (table: 'course_enrolments' | 'course_certificates', column: string): FigureQuery =>
  async (ctx, { path, from, to }) => {
    const [row] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)}
      where ${sql.raw(column)} >= ${from} and ${sql.raw(column)} < ${to}
        and ${withinSubtree(sql.raw('union_path'), path)}`);
    return Number(row?.n ?? 0);
  };

/** held_on is a China calendar date; the scope's instants are China midnights, so the dates compare in China. */
const training =
  (measure: 'count(*)' | 'coalesce(sum(attendees), 0)'): FigureQuery =>
  async (ctx, { path, from, to }) => {
    const [row] = await ctx.db.query<{ n: number }>(sql`select ${sql.raw(measure)}::int as n from training_sessions
      where held_on >= ${chinaDay(from)}::date and held_on < ${chinaDay(to)}::date
        and ${withinSubtree(sql.raw('union_path'), path)}`);
    return Number(row?.n ?? 0);
  };

export const coursesFigures = {
  enrolments: count('course_enrolments', 'enrolled_at'),
  certificates: count('course_certificates', 'issued_at'),
  trainingSessions: training('count(*)'),
  trainingAttendances: training('coalesce(sum(attendees), 0)'),
};
