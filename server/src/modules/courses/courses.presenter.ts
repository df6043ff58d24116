// Rows of the courses module as the API shows them.
import { type Actor, allowedActions } from '../../platform/access.js';
import { lessonMediaUrl } from './courses.media.js';
import { coursePolicy } from './courses.policy.js';
import type { CertificateRow, CourseRow, LessonRow, MyCourseRow, ProgressRow, TrainingRow } from './courses.tables.js';

export const presentCourse = (c: CourseRow, actor: Actor) => ({
  id: Number(c.id),
  union: { id: Number(c.union_id), name: c.union_name },
  title: c.title,
  summary: c.summary,
  category: c.category,
  offer: c.offer_id ? { id: Number(c.offer_id), title: c.offer_title ?? '' } : null,
  status: c.status,
  publishedAt: c.published_at ? c.published_at.toISOString() : null,
  lessonCount: Number(c.lesson_count),
  enrolled: Number(c.enrolled),
  completed: Number(c.completed),
  actions: allowedActions(coursePolicy, actor, c),
});

export const presentLesson = (l: LessonRow) => ({
  id: Number(l.id),
  position: l.position,
  title: l.title,
  kind: l.kind,
  seconds: l.seconds,
  mediaUrl: lessonMediaUrl(l.media_key),
  mediaBytes: l.media_bytes === null ? null : Number(l.media_bytes),
});

export const presentProgress = (p: ProgressRow | undefined) =>
  p
    ? {
        // Whole seconds: the player resumes within a second, and the count is shown in seconds.
        positionSeconds: Math.floor(Number(p.position_seconds)),
        creditedSeconds: Math.floor(Number(p.credited_seconds)),
        completed: p.completed_at !== null,
      }
    : null;

export const presentTraining = (t: TrainingRow) => ({
  id: Number(t.id),
  union: { id: Number(t.union_id), name: t.union_name },
  kind: t.kind,
  topic: t.topic,
  heldOn: t.held_on,
  attendees: t.attendees,
  photoUrls: t.photos.map((key) => `/media/${key}`),
});

export const presentMyCourse = (c: MyCourseRow) => ({
  id: Number(c.id),
  union: { id: Number(c.union_id), name: c.union_name },
  title: c.title,
  summary: c.summary,
  category: c.category,
  lessonCount: Number(c.lesson_count),
  seatsOffer: c.offer_id ? { id: Number(c.offer_id), title: c.offer_title ?? '', holding: c.holding } : null,
  enrolled: c.enrolled_at !== null,
  completedLessons: Number(c.completed_lessons),
  completedAt: c.completed_at ? c.completed_at.toISOString() : null,
  resumeLessonId:
    c.enrolled_at === null
      ? null
      : c.last_lesson_id !== null
        ? Number(c.last_lesson_id)
        : numberOrNull(c.first_unfinished),
  certificateCode: c.certificate_code,
});
export const numberOrNull = (v: number | null) => (v === null ? null : Number(v));

export interface LessonContext {
  lesson: LessonRow;
  courseTitle: string;
  nextLessonId: number | null;
}

export const presentMyLesson = (at: LessonContext, progress: ProgressRow | undefined) => ({
  ...presentLesson(at.lesson),
  progress: presentProgress(progress),
  courseId: Number(at.lesson.course_id),
  courseTitle: at.courseTitle,
  body: at.lesson.body,
  nextLessonId: at.nextLessonId,
});

/** A certificate with the name as given: full on the member's own, masked on the public check. */
export const presentCertificate = (k: CertificateRow, name: string) => ({
  code: k.code,
  courseTitle: k.course_title,
  unionName: k.union_name,
  name,
  issuedAt: k.issued_at.toISOString(),
  lessons: Number(k.lessons),
  studySeconds: Math.floor(Number(k.study_seconds)),
});
