import { z } from 'zod';
import { actionsOf } from '../../platform/access.js';
import { checkCodeParam } from '../../platform/check-codes.js';
import { optionalText, pageOf, pageQuery, plainText } from '../../platform/schemas.js';
import { coursePolicy } from './courses.policy.js';
import { courseCategories, courseStatuses, lessonKinds, trainingKinds } from './courses.tables.js';

const id = z.number().int().positive();
const union = z.object({ id: z.number().int(), name: z.string() });

// ---- Courses and lessons (console) ----
export const courseBody = z.strictObject({
  unionId: id,
  title: plainText(100),
  summary: optionalText(1000),
  category: z.enum(courseCategories),
  /** A course offer whose confirmed places are the seats; none for a course open to all. */
  offerId: id.nullish(),
});
export const coursePatch = courseBody.omit({ unionId: true }).partial();
export const coursesQuery = z.strictObject({ status: z.enum(courseStatuses).optional(), ...pageQuery });
export const lessonView = z.object({
  id: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(lessonKinds),
  /** A video's length, or the reading time an article or PDF asks for. */
  seconds: z.number().int(),
  /** The video or PDF, served with byte ranges; null for an article. */
  mediaUrl: z.string().nullable(),
  mediaBytes: z.number().int().nullable(),
});
export const courseView = z.object({
  id: z.number().int(),
  union,
  title: z.string(),
  summary: z.string(),
  category: z.enum(courseCategories),
  offer: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  status: z.enum(courseStatuses),
  publishedAt: z.string().nullable(),
  lessonCount: z.number().int(),
  enrolled: z.number().int(),
  completed: z.number().int(),
  actions: z.array(z.enum(actionsOf(coursePolicy))),
});
export const courseDetail = courseView.extend({ lessons: z.array(lessonView.extend({ body: z.string() })) });
export const coursePage = pageOf(courseView);
export const seatOffersResponse = z.object({
  items: z.array(z.object({ id: z.number().int(), title: z.string(), union, capacity: z.number().int() })),
});
export const articleLessonBody = z.strictObject({
  title: plainText(100),
  /** Rich text from the console's editor; sanitised on the server with the articles' allow-list. */
  body: z.string().min(1).max(100_000),
  /** Seconds the member reads before the lesson counts (0–3600). */
  seconds: z.number().int().min(0).max(3600).default(0),
});
export const mediaLessonQuery = z.strictObject({
  title: plainText(100),
  kind: z.enum(['video', 'pdf']),
  /** For a PDF: seconds of reading before it counts. A video's length is read from the file. */
  seconds: z.coerce.number().int().min(0).max(3600).default(0),
});
export const lessonMoveBody = z.strictObject({ position: z.number().int().min(1).max(200) });
export const lessonParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  lessonId: z.coerce.number().int().positive(),
});

// ---- Learning (member) ----
export const lessonProgressView = z.object({
  positionSeconds: z.number().int(),
  /** Study time as the server counted it. */
  creditedSeconds: z.number().int(),
  completed: z.boolean(),
});
export const myLessonView = lessonView.extend({ progress: lessonProgressView.nullable() });
export const certificateView = z.object({
  code: z.string(),
  courseTitle: z.string(),
  unionName: z.string(),
  /** The member's full name on their own certificate; masked on the public check. */
  name: z.string(),
  issuedAt: z.string(),
  lessons: z.number().int(),
  studySeconds: z.number().int(),
});
export const myCourseView = z.object({
  id: z.number().int(),
  union,
  title: z.string(),
  summary: z.string(),
  category: z.enum(courseCategories),
  lessonCount: z.number().int(),
  /** Seats come from a course offer: the member must hold a place before enrolling. */
  seatsOffer: z.object({ id: z.number().int(), title: z.string(), holding: z.boolean() }).nullable(),
  enrolled: z.boolean(),
  completedLessons: z.number().int(),
  completedAt: z.string().nullable(),
  /** Where "continue" goes: the last lesson opened, else the first not finished. */
  resumeLessonId: z.number().int().nullable(),
  certificateCode: z.string().nullable(),
});
export const myCourseDetail = myCourseView.extend({ lessons: z.array(myLessonView) });
export const myCoursesQuery = z.strictObject({ mine: z.enum(['all', 'enrolled']).default('all'), ...pageQuery });
export const myCoursesPage = pageOf(myCourseView);
export const myLessonDetail = myLessonView.extend({
  courseId: z.number().int(),
  courseTitle: z.string(),
  body: z.string(),
  nextLessonId: z.number().int().nullable(),
});
export const progressBody = z.strictObject({
  /** Where the player is, in seconds. */
  positionSeconds: z.number().min(0).max(36_000),
});
export const progressResult = z.object({
  progress: lessonProgressView,
  courseCompleted: z.boolean(),
  certificateCode: z.string().nullable(),
});
export const certificateParam = checkCodeParam;

// ---- Offline sessions: 班前十分钟, 星火课堂 (console) ----
export const trainingQuery = z.strictObject({
  unionId: z.coerce.number().int().positive().optional(),
  kind: z.enum(trainingKinds).optional(),
  ...pageQuery,
});
export const trainingBody = z.strictObject({
  unionId: id,
  kind: z.enum(trainingKinds),
  topic: plainText(100),
  heldOn: z.iso.date(),
  attendees: z.number().int().min(1).max(100_000),
});
export const trainingView = z.object({
  id: z.number().int(),
  union,
  kind: z.enum(trainingKinds),
  topic: z.string(),
  heldOn: z.string(),
  attendees: z.number().int(),
  photoUrls: z.array(z.string()),
});
export const trainingPage = pageOf(trainingView);
export const trainingSummary = z.object({
  sessions: z.number().int(),
  attendances: z.number().int(),
  byKind: z.array(z.object({ kind: z.enum(trainingKinds), sessions: z.number().int(), attendances: z.number().int() })),
});
export const mediaParam = z.strictObject({ name: z.string().max(80) });
