// 学堂 in the console: an editor (content.edit) sets up a course on a union, adds its lessons (an article written in
// the editor, or an uploaded video or PDF), and publishes it to every member of that union's subtree. Lessons
// change only while the course is not published.
import type { z } from 'zod';
import { authorize, inScope, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { sanitizeArticleHtml, textOf } from '../content/content.sanitize.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { storeLessonMedia } from './courses.media.js';
import { coursePolicy } from './courses.policy.js';
import { presentCourse, presentLesson } from './courses.presenter.js';
import type { articleLessonBody, courseBody, coursePatch, coursesQuery, mediaLessonQuery } from './courses.schemas.js';
import type { CourseRow, LessonRow } from './courses.tables.js';

export const selectCourse = sql.raw(`select c.*, u.name as union_name, o.title as offer_title,
    (select count(*) from course_lessons l where l.course_id = c.id) as lesson_count,
    (select count(*) from course_enrolments e where e.course_id = c.id) as enrolled,
    (select count(*) from course_enrolments e where e.course_id = c.id and e.completed_at is not null) as completed
  from courses c join unions u on u.id = c.union_id left join offers o on o.id = c.offer_id`);

async function load(ctx: Ctx, id: number, action = 'read'): Promise<CourseRow> {
  const [c] = await ctx.db.query<CourseRow>(sql`${selectCourse} where c.id = ${id}`);
  if (!c) throw notFound();
  authorize(coursePolicy, ctx.actor, action, c);
  return c;
}

/** Lessons may change only while the course is a draft or withdrawn. */
async function loadEditable(ctx: Ctx, id: number): Promise<CourseRow> {
  const c = await load(ctx, id);
  if (c.status === 'published') throw new AppError('COURSE_NOT_EDITABLE');
  return c;
}

export const lessonsOf = (ctx: Ctx, courseId: number) =>
  ctx.db.query<LessonRow>(sql`select * from course_lessons where course_id = ${courseId} order by position`);

async function detail(ctx: Ctx, id: number) {
  const c = await load(ctx, id);
  const lessons = await lessonsOf(ctx, id);
  return { ...presentCourse(c, ctx.actor), lessons: lessons.map((l) => ({ ...presentLesson(l), body: l.body })) };
}

/** A course offer of the course's union or one above it: its confirmed places are the seats. */
async function checkSeatsOffer(ctx: Ctx, offerId: number | null | undefined, unionPath: string) {
  if (offerId === null || offerId === undefined) return null;
  const [o] = await ctx.db.query<{ id: number }>(sql`select id from offers where id = ${offerId} and kind = 'course'
    and left(${unionPath}, length(union_path)) = union_path`);
  if (!o) throw new AppError('COURSE_OFFER_INVALID', { field: 'offerId' });
  return offerId;
}

export async function createCourse(ctx: Ctx, body: z.infer<typeof courseBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  const offerId = await checkSeatsOffer(ctx, body.offerId, path);
  return transaction(ctx, async (tx) => {
    const [c] = await tx.db.query<{ id: number }>(sql`insert into courses (union_id, union_path, title, summary,
        category, offer_id, created_by)
      values (${body.unionId}, ${path}, ${body.title}, ${body.summary ?? ''}, ${body.category}, ${offerId},
        ${admin.accountId})
      returning id`);
    const id = Number(c?.id);
    await audit(tx, { action: 'course.create', targetType: 'course', targetId: id, unionPath: path });
    return detail(tx, id);
  });
}

export async function updateCourse(ctx: Ctx, { id, body }: { id: number; body: z.infer<typeof coursePatch> }) {
  requireAdmin(ctx.actor);
  const c = await load(ctx, id, 'edit');
  const offerId = body.offerId === undefined ? c.offer_id : await checkSeatsOffer(ctx, body.offerId, c.union_path);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`update courses set title = ${body.title ?? c.title},
        summary = ${body.summary ?? c.summary}, category = ${body.category ?? c.category}, offer_id = ${offerId}
      where id = ${id}`);
    await audit(tx, { action: 'course.update', targetType: 'course', targetId: id, unionPath: c.union_path });
    return detail(tx, id);
  });
}

export async function getCourse(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  return detail(ctx, id);
}

export async function listCourses(ctx: Ctx, query: z.infer<typeof coursesQuery>) {
  requireAdmin(ctx.actor);
  const where = sql`${inScope(ctx.actor, 'content.edit', sql.raw('c.union_path'))}
    ${query.status ? sql`and c.status = ${query.status}` : sql``}`;
  return paginate<CourseRow, ReturnType<typeof presentCourse>>(
    ctx,
    query,
    {
      rows: sql`${selectCourse} where ${where} order by c.created_at desc, c.id desc`,
      count: sql`select 1 from courses c where ${where}`,
    },
    (rows) => rows.map((c) => presentCourse(c, ctx.actor)),
  );
}

/** Course offers of the editor's subtrees, newest first: the seats a course may be tied to. */
export async function seatOffers(ctx: Ctx) {
  requireAdmin(ctx.actor);
  const rows = await ctx.db.query<{
    id: number;
    title: string;
    union_id: number;
    union_name: string;
    capacity: number;
  }>(
    sql`select o.id, o.title, o.union_id, u.name as union_name, o.capacity from offers o
      join unions u on u.id = o.union_id
      where o.kind = 'course' and o.status <> 'cancelled' and ${inScope(ctx.actor, 'content.edit', sql.raw('o.union_path'))}
      order by o.id desc limit 100`,
  );
  return {
    items: rows.map((o) => ({
      id: Number(o.id),
      title: o.title,
      union: { id: Number(o.union_id), name: o.union_name },
      capacity: Number(o.capacity),
    })),
  };
}

async function setStatus(ctx: Ctx, { id, action }: { id: number; action: 'publish' | 'withdraw' }) {
  requireAdmin(ctx.actor);
  const c = await load(ctx, id, action);
  if (action === 'publish' && Number(c.lesson_count) === 0) throw new AppError('COURSE_NO_LESSONS');
  return transaction(ctx, async (tx) => {
    const changed = await tx.db.query(
      action === 'publish'
        ? sql`update courses set status = 'published', published_at = coalesce(published_at, now())
            where id = ${id} and status <> 'published' returning id`
        : sql`update courses set status = 'withdrawn' where id = ${id} and status = 'published' returning id`,
    );
    if (changed.length === 0) throw new AppError('COURSE_WRONG_STATUS');
    const entry = { targetType: 'course', targetId: id, unionPath: c.union_path };
    if (action === 'publish') await audit(tx, { action: 'course.publish', ...entry });
    else await audit(tx, { action: 'course.withdraw', ...entry });
    return detail(tx, id);
  });
}

export const publishCourse = (ctx: Ctx, id: number) => setStatus(ctx, { id, action: 'publish' });
export const withdrawCourse = (ctx: Ctx, id: number) => setStatus(ctx, { id, action: 'withdraw' });

async function appendLesson(ctx: Ctx, c: CourseRow, lesson: Omit<LessonRow, 'id' | 'course_id' | 'position'>) {
  return transaction(ctx, async (tx) => {
    // The course row is locked so two lessons added at once take different positions.
    await tx.db.query(sql`select id from courses where id = ${c.id} for update`);
    const [row] = await tx.db.query<{ id: number }>(sql`insert into course_lessons (course_id, position, title, kind,
        body, media_key, media_bytes, seconds)
      select ${c.id}, coalesce(max(position), 0) + 1, ${lesson.title}, ${lesson.kind}, ${lesson.body},
        ${lesson.media_key}, ${lesson.media_bytes}, ${lesson.seconds}
      from course_lessons where course_id = ${c.id}
      returning id`);
    await audit(tx, {
      action: 'course.lesson_add',
      targetType: 'course',
      targetId: c.id,
      unionPath: c.union_path,
      detail: { lessonId: Number(row?.id), kind: lesson.kind },
    });
    return detail(tx, c.id);
  });
}

export async function addArticleLesson(
  ctx: Ctx,
  { id, body }: { id: number; body: z.infer<typeof articleLessonBody> },
) {
  requireAdmin(ctx.actor);
  const c = await loadEditable(ctx, id);
  const html = sanitizeArticleHtml(body.body);
  if (textOf(html).trim() === '') throw new AppError('ARTICLE_EMPTY', { field: 'body' });
  return appendLesson(ctx, c, {
    title: body.title,
    kind: 'article',
    body: html,
    media_key: null,
    media_bytes: null,
    seconds: body.seconds,
  });
}

export async function addMediaLesson(
  ctx: Ctx,
  { id, query, file }: { id: number; query: z.infer<typeof mediaLessonQuery>; file: unknown },
) {
  requireAdmin(ctx.actor);
  const c = await loadEditable(ctx, id);
  const stored = await storeLessonMedia(ctx, { body: file, kind: query.kind });
  return appendLesson(ctx, c, {
    title: query.title,
    kind: query.kind,
    body: '',
    media_key: stored.key,
    media_bytes: stored.bytes,
    seconds: stored.seconds ?? query.seconds,
  });
}

/** Moves a lesson to `position`, shifting the others; positions stay 1..n without gaps. */
export async function moveLesson(
  ctx: Ctx,
  { id, lessonId, position }: { id: number; lessonId: number; position: number },
) {
  requireAdmin(ctx.actor);
  const c = await loadEditable(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`select id from courses where id = ${id} for update`);
    const lessons = await lessonsOf(tx, id);
    const from = lessons.findIndex((l) => Number(l.id) === lessonId);
    if (from < 0) throw notFound();
    const order = lessons.map((l) => Number(l.id));
    const [moved] = order.splice(from, 1);
    order.splice(Math.min(position, order.length + 1) - 1, 0, moved as number);
    await renumber(tx, { courseId: id, order });
    await audit(tx, { action: 'course.lesson_move', targetType: 'course', targetId: id, unionPath: c.union_path });
    return detail(tx, id);
  });
}

export async function removeLesson(ctx: Ctx, { id, lessonId }: { id: number; lessonId: number }) {
  requireAdmin(ctx.actor);
  const c = await loadEditable(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`select id from courses where id = ${id} for update`);
    // Progress in a withdrawn course's lesson goes with the lesson; completions already certified stay.
    await tx.db.query(sql`delete from lesson_progress where lesson_id = ${lessonId} and course_id = ${id}`);
    await tx.db.query(sql`update course_enrolments set last_lesson_id = null where last_lesson_id = ${lessonId}`);
    const gone = await tx.db.query(sql`delete from course_lessons where id = ${lessonId} and course_id = ${id}
      returning id`);
    if (gone.length === 0) throw notFound();
    const rest = await lessonsOf(tx, id);
    await renumber(tx, { courseId: id, order: rest.map((l) => Number(l.id)) });
    await audit(tx, {
      action: 'course.lesson_remove',
      targetType: 'course',
      targetId: id,
      unionPath: c.union_path,
      detail: { lessonId },
    });
    return detail(tx, id);
  });
}

/** Positions 1..n in `order` (the unique position is checked at commit, so one statement suffices). */
async function renumber(ctx: Ctx, { courseId, order }: { courseId: number; order: number[] }) {
  await ctx.db.query(sql`update course_lessons l set position = o.n
    from unnest(${order}::bigint[]) with ordinality as o(id, n) where l.id = o.id and l.course_id = ${courseId}`);
}
