import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, okResponse } from '../../platform/schemas.js';
import { sendPicture } from '../files/files.images.js';
import { myCertificate, verifyCertificate } from './courses.certificates.js';
import {
  completeLesson,
  enrol,
  learnerId,
  myCourse,
  myCourses,
  openLesson,
  reportProgress,
} from './courses.learning.js';
import { MAX_VIDEO_BYTES, sendLessonMedia } from './courses.media.js';
import {
  articleLessonBody,
  certificateParam,
  certificateView,
  courseBody,
  courseDetail,
  coursePage,
  coursePatch,
  coursesQuery,
  lessonMoveBody,
  lessonParams,
  mediaLessonQuery,
  mediaParam,
  myCourseDetail,
  myCoursesPage,
  myCoursesQuery,
  myLessonDetail,
  progressBody,
  progressResult,
  seatOffersResponse,
  trainingBody,
  trainingPage,
  trainingQuery,
  trainingSummary as trainingSummaryView,
  trainingView,
} from './courses.schemas.js';
import {
  addArticleLesson,
  addMediaLesson,
  createCourse,
  getCourse,
  listCourses,
  moveLesson,
  publishCourse,
  removeLesson,
  seatOffers,
  updateCourse,
  withdrawCourse,
} from './courses.service.js';
import {
  addTrainingPhoto,
  listTraining,
  MAX_TRAINING_PHOTO_BYTES,
  recordTraining,
  removeTraining,
  trainingSummary,
} from './courses.training.js';

export async function courseRoutes(app: FastifyInstance) {
  // Uploads are the file's bytes; each route's limit is checked against Content-Length before anything is read,
  // so a 2 GB video is refused at once.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_VIDEO_BYTES },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('courses');

  // ---- Courses and lessons (console) ----
  r.get('/api/courses', doc('Courses of my subtree', { query: coursesQuery, ok: coursePage }), (req) =>
    listCourses(req.ctx, req.query),
  );
  r.post('/api/courses', doc('Set up a course (a draft)', { body: courseBody, ok: courseDetail }), (req) =>
    createCourse(req.ctx, req.body),
  );
  r.get(
    '/api/courses/seat-offers',
    doc('Course offers a course’s seats may come from', { ok: seatOffersResponse }),
    (req) => seatOffers(req.ctx),
  );
  r.get('/api/courses/:id', doc('One course with its lessons', { params: idParam, ok: courseDetail }), (req) =>
    getCourse(req.ctx, req.params.id),
  );
  r.patch(
    '/api/courses/:id',
    doc('Change a course not published', { params: idParam, body: coursePatch, ok: courseDetail }),
    (req) => updateCourse(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/courses/:id/publish',
    doc('Publish a course to its subtree', { params: idParam, ok: courseDetail }),
    (req) => publishCourse(req.ctx, req.params.id),
  );
  r.post(
    '/api/courses/:id/withdraw',
    doc('Take a course off members’ lists (their progress is kept)', { params: idParam, ok: courseDetail }),
    (req) => withdrawCourse(req.ctx, req.params.id),
  );
  r.post(
    '/api/courses/:id/lessons',
    doc('Add an article lesson', { params: idParam, body: articleLessonBody, ok: courseDetail }),
    (req) => addArticleLesson(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/courses/:id/lessons/upload',
    {
      bodyLimit: MAX_VIDEO_BYTES,
      ...doc('Add a video (MP4, ≤ 200 MB) or PDF (≤ 20 MB) lesson; body = the file’s bytes', {
        params: idParam,
        query: mediaLessonQuery,
        ok: courseDetail,
      }),
    },
    (req) => addMediaLesson(req.ctx, { id: req.params.id, query: req.query, file: req.body }),
  );
  r.post(
    '/api/courses/:id/lessons/:lessonId/move',
    doc('Move a lesson to another position', { params: lessonParams, body: lessonMoveBody, ok: courseDetail }),
    (req) => moveLesson(req.ctx, { id: req.params.id, lessonId: req.params.lessonId, position: req.body.position }),
  );
  r.delete(
    '/api/courses/:id/lessons/:lessonId',
    doc('Remove a lesson from a course not published', { params: lessonParams, ok: courseDetail }),
    (req) => removeLesson(req.ctx, { id: req.params.id, lessonId: req.params.lessonId }),
  );
  r.get(
    '/media/lessons/:name',
    doc('A lesson’s video or PDF: byte ranges served, cached for a year', { params: mediaParam }),
    (req, reply) => sendLessonMedia(req.ctx, { reply, name: req.params.name, range: req.headers.range }),
  );

  // ---- Offline sessions (console) ----
  r.get(
    '/api/training-sessions',
    doc('Offline sessions (班前十分钟 and others) of my subtree', { query: trainingQuery, ok: trainingPage }),
    (req) => listTraining(req.ctx, req.query),
  );
  r.get(
    '/api/training-sessions/summary',
    doc('This year’s sessions and attendances, by kind', { query: trainingQuery, ok: trainingSummaryView }),
    (req) => trainingSummary(req.ctx, req.query),
  );
  r.post('/api/training-sessions', doc('Record a session held', { body: trainingBody, ok: trainingView }), (req) =>
    recordTraining(req.ctx, req.body),
  );
  r.post(
    '/api/training-sessions/:id/photos',
    {
      bodyLimit: MAX_TRAINING_PHOTO_BYTES,
      ...doc('Add a photo from the site (JPEG or PNG, ≤ 5 MB, at most 3)', { params: idParam, ok: trainingView }),
    },
    (req) => addTrainingPhoto(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.delete(
    '/api/training-sessions/:id',
    doc('Remove a session recorded by mistake', { params: idParam, ok: okResponse }),
    (req) => removeTraining(req.ctx, req.params.id),
  );
  r.get(
    '/media/training/:name',
    doc('A session’s photo: cached for a year, byte ranges served', { params: mediaParam }),
    (req, reply) =>
      sendPicture(req.ctx, { reply, folder: 'training', name: req.params.name, range: req.headers.range }),
  );

  // ---- Learning (member) ----
  r.get(
    '/api/me/courses',
    doc('Courses open to me, with my progress', { noStore: true, query: myCoursesQuery, ok: myCoursesPage }),
    (req) => myCourses(req.ctx, req.query),
  );
  r.get(
    '/api/me/courses/:id',
    doc('One course with my progress in each lesson', { noStore: true, params: idParam, ok: myCourseDetail }),
    (req) => myCourse(req.ctx, req.params.id),
  );
  r.post('/api/me/courses/:id/enrol', doc('Enrol in a course', { params: idParam, ok: myCourseDetail }), (req) =>
    enrol(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/lessons/:id/open',
    doc('Open a lesson: its clock starts and “continue” comes back here', { params: idParam, ok: myLessonDetail }),
    (req) => openLesson(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/lessons/:id/progress',
    {
      config: { authNeutral: true },
      ...doc('Where my video is; study time is counted on the server', {
        params: idParam,
        body: progressBody,
        ok: progressResult,
      }),
    },
    (req) => reportProgress(req.ctx, { lessonId: req.params.id, positionSeconds: req.body.positionSeconds }),
  );
  r.post(
    '/api/me/lessons/:id/complete',
    doc('I have finished this lesson', { params: idParam, ok: progressResult }),
    (req) => completeLesson(req.ctx, req.params.id),
  );
  r.get(
    '/api/me/certificates/:code',
    doc('My certificate of completion', { noStore: true, params: certificateParam, ok: certificateView }),
    (req) => myCertificate(req.ctx, { code: req.params.code, memberId: learnerId(req.ctx) }),
  );
  r.get(
    '/api/certificates/:code',
    doc('Check a printed certificate code (the name masked)', { params: certificateParam, ok: certificateView }),
    (req) => verifyCertificate(req.ctx, req.params.code),
  );
}
