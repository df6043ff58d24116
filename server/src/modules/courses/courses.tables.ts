// Row types of the courses module's tables (migrations/20261207T0100_courses.sql).
export const courseCategories = ['skills', 'safety', 'law', 'politics', 'health', 'other'] as const;
export type CourseCategory = (typeof courseCategories)[number];
export const courseStatuses = ['draft', 'published', 'withdrawn'] as const;
export type CourseStatus = (typeof courseStatuses)[number];
export const lessonKinds = ['video', 'article', 'pdf'] as const;
export type LessonKind = (typeof lessonKinds)[number];
export const trainingKinds = ['pre_shift', 'class', 'lecture'] as const;
export type TrainingKind = (typeof trainingKinds)[number];

export interface CourseRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  title: string;
  summary: string;
  category: CourseCategory;
  offer_id: number | null;
  offer_title: string | null;
  status: CourseStatus;
  published_at: Date | null;
  created_at: Date;
  lesson_count: number;
  enrolled: number;
  completed: number;
}

export interface LessonRow {
  id: number;
  course_id: number;
  position: number;
  title: string;
  kind: LessonKind;
  body: string;
  media_key: string | null;
  media_bytes: number | null;
  seconds: number;
}

export interface ProgressRow {
  lesson_id: number;
  position_seconds: number;
  credited_seconds: number;
  opened_at: Date;
  reported_at: Date;
  completed_at: Date | null;
}

export interface EnrolmentRow {
  course_id: number;
  member_id: number;
  enrolled_at: Date;
  last_lesson_id: number | null;
  completed_at: Date | null;
}

export interface TrainingRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  kind: TrainingKind;
  topic: string;
  held_on: string;
  attendees: number;
  photos: string[];
  created_at: Date;
}

/** A published course as one member sees it, with their own standing (courses.learning.ts). */
export interface MyCourseRow {
  id: number;
  union_id: number;
  union_name: string;
  title: string;
  summary: string;
  category: CourseCategory;
  offer_id: number | null;
  offer_title: string | null;
  lesson_count: number;
  enrolled_at: Date | null;
  completed_at: Date | null;
  last_lesson_id: number | null;
  completed_lessons: number;
  certificate_code: string | null;
  holding: boolean;
  first_unfinished: number | null;
}

export interface CertificateRow {
  code: string;
  member_id: number;
  member_name: string;
  course_title: string;
  union_name: string;
  issued_at: Date;
  lessons: number;
  study_seconds: number;
}
