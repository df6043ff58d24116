// 学堂 for a member: the published courses of their union and the unions above it, enrolment (through a place in
// the course's offer when seats are limited), lessons with progress that resumes where they left off, and a
// certificate once every lesson is finished. Study time is counted here, never taken from the phone: between two
// reports a video earns no more than the time that passed on this server and no more than the playback moved.
import type { z } from 'zod';
import { type MemberActor, requireMember } from '../../platform/access.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { issueCertificate } from './courses.certificates.js';
import {
  type LessonContext,
  numberOrNull,
  presentLesson,
  presentMyCourse,
  presentMyLesson,
  presentProgress,
} from './courses.presenter.js';
import type { myCoursesQuery } from './courses.schemas.js';
import { lessonsOf } from './courses.service.js';
import type { LessonRow, MyCourseRow, ProgressRow } from './courses.tables.js';

/** Share of a video that must be watched (counted by the server) before it is finished. */
export const VIDEO_SHARE = 0.9;

type Learner = MemberActor & { memberId: number; unionPath: string };

function learner(ctx: Ctx): Learner {
  const actor = requireMember(ctx.actor);
  if (!actor.memberId || !actor.unionPath) throw new AppError('COURSE_NOT_MEMBER');
  return actor as Learner;
}

/** Published courses the member may see (their union or one above), with their own standing in each. */
const myCourseRows = (m: Learner) => sql`select c.id, c.union_id, u.name as union_name, c.title, c.summary,
    c.category, c.offer_id, o.title as offer_title,
    (select count(*) from course_lessons l where l.course_id = c.id) as lesson_count,
    e.enrolled_at, e.completed_at, e.last_lesson_id,
    (select count(*) from lesson_progress p where p.course_id = c.id and p.member_id = ${m.memberId}
      and p.completed_at is not null) as completed_lessons,
    (select k.code from course_certificates k where k.course_id = c.id and k.member_id = ${m.memberId})
      as certificate_code,
    exists (select 1 from claims cl where cl.offer_id = c.offer_id and cl.member_id = ${m.memberId}
      and cl.status = 'confirmed') as holding,
    (select l.id from course_lessons l where l.course_id = c.id and not exists (select 1 from lesson_progress p
      where p.lesson_id = l.id and p.member_id = ${m.memberId} and p.completed_at is not null)
      order by l.position limit 1) as first_unfinished
  from courses c join unions u on u.id = c.union_id left join offers o on o.id = c.offer_id
  left join course_enrolments e on e.course_id = c.id and e.member_id = ${m.memberId}
  where c.status = 'published' and left(${m.unionPath}, length(c.union_path)) = c.union_path`;

export async function myCourses(ctx: Ctx, query: z.infer<typeof myCoursesQuery>) {
  const m = learner(ctx);
  const rows = myCourseRows(m);
  const filter = query.mine === 'enrolled' ? sql`where enrolled_at is not null` : sql``;
  return paginate<MyCourseRow, ReturnType<typeof presentMyCourse>>(
    ctx,
    query,
    {
      rows: sql`select * from (${rows}) as mine ${filter} order by enrolled_at desc nulls last, id desc`,
      count: sql`select 1 from (${rows}) as mine ${filter}`,
    },
    (list) => list.map(presentMyCourse),
  );
}

async function loadMyCourse(ctx: Ctx, m: Learner, id: number): Promise<MyCourseRow> {
  const [c] = await ctx.db.query<MyCourseRow>(sql`${myCourseRows(m)} and c.id = ${id}`);
  if (!c) throw notFound();
  return c;
}

const progressOf = (ctx: Ctx, { memberId, courseId }: { memberId: number; courseId: number }) =>
  ctx.db.query<ProgressRow>(sql`select * from lesson_progress where member_id = ${memberId}
    and course_id = ${courseId}`);

export async function myCourse(ctx: Ctx, id: number) {
  const m = learner(ctx);
  const c = await loadMyCourse(ctx, m, id);
  const [lessons, progress] = await Promise.all([
    lessonsOf(ctx, id),
    progressOf(ctx, { memberId: m.memberId, courseId: id }),
  ]);
  const byLesson = new Map(progress.map((p) => [Number(p.lesson_id), p]));
  return {
    ...presentMyCourse(c),
    lessons: lessons.map((l) => ({ ...presentLesson(l), progress: presentProgress(byLesson.get(Number(l.id))) })),
  };
}

export async function enrol(ctx: Ctx, id: number) {
  const m = learner(ctx);
  const c = await loadMyCourse(ctx, m, id);
  if (c.offer_id !== null && !c.holding) throw new AppError('COURSE_SEAT_REQUIRED');
  await ctx.db.query(sql`insert into course_enrolments (course_id, member_id, union_id, union_path, enrolled_at)
    select ${id}, ${m.memberId}, union_id, ${m.unionPath}, ${now(ctx)} from members where id = ${m.memberId}
    on conflict (course_id, member_id) do nothing`);
  return myCourse(ctx, id);
}

/** A lesson of a published course the member is enrolled in; 404 for one they cannot see. */
async function enrolledLesson(ctx: Ctx, m: Learner, lessonId: number): Promise<LessonContext> {
  const [l] = await ctx.db.query<LessonRow & { course_title: string; enrolled: boolean; next_id: number | null }>(
    sql`select l.*, c.title as course_title,
        exists (select 1 from course_enrolments e where e.course_id = c.id and e.member_id = ${m.memberId}) as enrolled,
        (select n.id from course_lessons n where n.course_id = c.id and n.position > l.position
          order by n.position limit 1) as next_id
      from course_lessons l join courses c on c.id = l.course_id
      where l.id = ${lessonId} and c.status = 'published' and left(${m.unionPath}, length(c.union_path)) = c.union_path`,
  );
  if (!l) throw notFound();
  if (!l.enrolled) throw new AppError('COURSE_NOT_ENROLLED');
  return { lesson: l, courseTitle: l.course_title, nextLessonId: numberOrNull(l.next_id) };
}

/** Opening a lesson starts its clock (once) and makes it where "continue" goes; returns it with the progress. */
export async function openLesson(ctx: Ctx, lessonId: number) {
  const m = learner(ctx);
  const at = await enrolledLesson(ctx, m, lessonId);
  const courseId = Number(at.lesson.course_id);
  const [progress] = await ctx.db.query<ProgressRow>(sql`insert into lesson_progress (lesson_id, member_id, course_id,
      opened_at, reported_at)
    values (${lessonId}, ${m.memberId}, ${courseId}, ${now(ctx)}, ${now(ctx)})
    on conflict (lesson_id, member_id) do update set reported_at = excluded.reported_at
    returning *`);
  await ctx.db.query(sql`update course_enrolments set last_lesson_id = ${lessonId}
    where course_id = ${courseId} and member_id = ${m.memberId}`);
  return presentMyLesson(at, progress);
}

/** Whether a lesson is finished by the rules: 90 % of a video watched, or an article or PDF open long enough. */
function finished(lesson: LessonRow, p: ProgressRow, at: Date): boolean {
  if (lesson.kind === 'video') return p.credited_seconds >= VIDEO_SHARE * lesson.seconds;
  return at.getTime() - p.opened_at.getTime() >= lesson.seconds * 1000;
}

/**
 * Where the video player is. Credit between two reports: min(playback advance, time passed here), never
 * negative; a report earlier than the last one (seeking back) moves the resume point and earns nothing.
 */
export async function reportProgress(
  ctx: Ctx,
  { lessonId, positionSeconds }: { lessonId: number; positionSeconds: number },
) {
  const m = learner(ctx);
  const at = await enrolledLesson(ctx, m, lessonId);
  const time = now(ctx);
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.query<ProgressRow>(sql`select * from lesson_progress
      where lesson_id = ${lessonId} and member_id = ${m.memberId} for update`);
    // Reports before the lesson was opened count nothing: the clock starts at opening.
    if (!before) throw new AppError('COURSE_NOT_ENROLLED');
    const position = Math.min(positionSeconds, at.lesson.seconds || positionSeconds);
    const elapsed = Math.max(0, (time.getTime() - before.reported_at.getTime()) / 1000);
    const credit = Math.max(0, Math.min(position - before.position_seconds, elapsed));
    const credited = Math.min(before.credited_seconds + credit, at.lesson.seconds || Number.MAX_SAFE_INTEGER);
    const [after] = await tx.db.query<ProgressRow>(sql`update lesson_progress set position_seconds = ${position},
        credited_seconds = ${credited}, reported_at = ${time}
      where lesson_id = ${lessonId} and member_id = ${m.memberId} returning *`);
    return settle(tx, { m, at, progress: after as ProgressRow, time });
  });
}

/** "我已学完": finishes an article or PDF read long enough, or a video watched enough; else says what is missing. */
export async function completeLesson(ctx: Ctx, lessonId: number) {
  const m = learner(ctx);
  const at = await enrolledLesson(ctx, m, lessonId);
  const time = now(ctx);
  return transaction(ctx, async (tx) => {
    const [p] = await tx.db.query<ProgressRow>(sql`select * from lesson_progress
      where lesson_id = ${lessonId} and member_id = ${m.memberId} for update`);
    if (!p || (!p.completed_at && !finished(at.lesson, p, time))) throw new AppError('LESSON_NOT_FINISHED');
    return settle(tx, { m, at, progress: p, time });
  });
}

/** Marks the lesson finished when it is, and the course (with its certificate) when every lesson is. */
async function settle(
  ctx: Ctx,
  { m, at, progress, time }: { m: Learner; at: LessonContext; progress: ProgressRow; time: Date },
) {
  const courseId = Number(at.lesson.course_id);
  let p = progress;
  if (!p.completed_at && finished(at.lesson, p, time)) {
    const [done] = await ctx.db.query<ProgressRow>(sql`update lesson_progress set completed_at = ${time}
      where lesson_id = ${at.lesson.id} and member_id = ${m.memberId} returning *`);
    p = done as ProgressRow;
  }
  const [left] = await ctx.db.query<{ n: number }>(sql`select count(*)::int as n from course_lessons l
    where l.course_id = ${courseId} and not exists (select 1 from lesson_progress p where p.lesson_id = l.id
      and p.member_id = ${m.memberId} and p.completed_at is not null)`);
  const certificateCode = Number(left?.n) === 0 ? await issueCertificate(ctx, { courseId, m, at: time }) : null;
  return {
    progress: presentProgress(p) as NonNullable<ReturnType<typeof presentProgress>>,
    courseCompleted: certificateCode !== null,
    certificateCode,
  };
}

/** The signed-in member's id, for routes that act on their own records. */
export const learnerId = (ctx: Ctx) => learner(ctx).memberId;
