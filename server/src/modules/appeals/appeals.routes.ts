import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf, okResponse } from '../../platform/schemas.js';
import {
  deleteCalendarDay,
  deleteSlaPolicy,
  importHolidayNotice,
  listCalendarDays,
  listSlaPolicies,
  saveSlaPolicy,
  setCalendarDay,
} from './appeals.calendar.js';
import {
  appealPage,
  appealSummary,
  appealView,
  calendarDayBody,
  calendarDayView,
  hotlineBody,
  listQuery,
  noticeImportBody,
  noticeImportView,
  rateBody,
  reasonBody,
  referBody,
  replyBody,
  resolveBody,
  slaPolicyBody,
  slaPolicyView,
  submitBody,
  textBody,
} from './appeals.schemas.js';
import {
  accept,
  addNote,
  getAppeal,
  listAppeals,
  myAppeals,
  rate,
  recordHotlineCall,
  refer,
  refuse,
  reopen,
  reply,
  requestInfo,
  resolve,
  start,
  submitAppeal,
} from './appeals.service.js';

export async function appealRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('appeals');
  const view = { 200: appealView };
  r.post(
    '/api/me/appeals',
    doc('Report a problem (wage arrears, dispute, injury, ...)', { body: submitBody, response: view }),
    (req) => submitAppeal(req.ctx, req.body),
  );
  r.get('/api/me/appeals', doc('Appeals I filed', { noStore: true, ok: itemsOf(appealSummary) }), (req) =>
    myAppeals(req.ctx),
  );
  r.post(
    '/api/me/appeals/:id/reply',
    doc('Answer the handler’s question (the deadline resumes)', { params: idParam, body: replyBody, response: view }),
    (req) => reply(req.ctx, { id: req.params.id, text: req.body.text, evidenceFileIds: req.body.evidenceFileIds }),
  );
  r.post(
    '/api/me/appeals/:id/rate',
    doc('Rate how my appeal was handled (once)', { params: idParam, body: rateBody, response: view }),
    (req) => rate(req.ctx, { id: req.params.id, rating: req.body.rating, comment: req.body.comment ?? null }),
  );
  r.get(
    '/api/appeals/:id',
    doc('One appeal with its history and deadlines', { noStore: true, params: idParam, response: view }),
    (req) => getAppeal(req.ctx, req.params.id),
  );
  r.get('/api/appeals', doc('Appeals in my subtree', { noStore: true, query: listQuery, ok: appealPage }), (req) =>
    listAppeals(req.ctx, req.query),
  );
  r.post('/api/appeals', doc('Record an appeal from a hotline call', { body: hotlineBody, response: view }), (req) =>
    recordHotlineCall(req.ctx, req.body),
  );
  const step = (path: string, summary: string, run: (req: { ctx: never; params: { id: number } }) => unknown) =>
    r.post(path, doc(summary, { params: idParam, response: view }), run as never);
  step('/api/appeals/:id/accept', 'Accept the case (first response)', (req) => accept(req.ctx, req.params.id));
  step('/api/appeals/:id/start', 'Start work on it', (req) => start(req.ctx, req.params.id));
  r.post(
    '/api/appeals/:id/refer',
    doc('Refer to labour inspection, arbitration or a court', { params: idParam, body: referBody, response: view }),
    (req) => refer(req.ctx, { id: req.params.id, to: req.body.to, note: req.body.note }),
  );
  r.post(
    '/api/appeals/:id/refuse',
    doc('Refuse, with the reason the worker sees', { params: idParam, body: reasonBody, response: view }),
    (req) => refuse(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
  r.post(
    '/api/appeals/:id/request-info',
    doc('Ask the worker (the deadline pauses until they answer)', { params: idParam, body: textBody, response: view }),
    (req) => requestInfo(req.ctx, { id: req.params.id, question: req.body.text }),
  );
  r.post(
    '/api/appeals/:id/notes',
    doc('Add an internal note', { params: idParam, body: textBody, response: view }),
    (req) => addNote(req.ctx, { id: req.params.id, text: req.body.text }),
  );
  r.post(
    '/api/appeals/:id/resolve',
    doc('Resolve with the outcome and the money recovered', { params: idParam, body: resolveBody, response: view }),
    (req) => resolve(req.ctx, { id: req.params.id, input: req.body }),
  );
  r.post(
    '/api/appeals/:id/reopen',
    doc('Reopen a closed case', { params: idParam, body: reasonBody, response: view }),
    (req) => reopen(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
  r.get(
    '/api/appeal-sla-policies',
    doc('Deadline policies in my subtree, and the defaults', {
      noStore: true,
      ok: z.object({
        items: z.array(slaPolicyView),
        defaults: z.object({ firstResponseMinutes: z.number(), resolutionMinutes: z.number() }),
      }),
    }),
    (req) => listSlaPolicies(req.ctx),
  );
  r.put(
    '/api/appeal-sla-policies',
    doc('Set the deadlines of a union (and its subtree) for a category', { body: slaPolicyBody, ok: slaPolicyView }),
    (req) => saveSlaPolicy(req.ctx, req.body),
  );
  r.delete(
    '/api/appeal-sla-policies/:id',
    doc('Remove a deadline policy', { params: idParam, ok: okResponse }),
    (req) => deleteSlaPolicy(req.ctx, req.params.id),
  );
  r.get(
    '/api/work-calendar',
    doc('Holidays and make-up working days of a year', {
      noStore: true,
      query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
      ok: itemsOf(calendarDayView),
    }),
    (req) => listCalendarDays(req.ctx, req.query.year),
  );
  r.put(
    '/api/work-calendar',
    doc('Mark a day as a holiday or a working day', { body: calendarDayBody, ok: calendarDayView }),
    (req) => setCalendarDay(req.ctx, req.body),
  );
  r.post(
    '/api/work-calendar/import',
    doc("Read the State Council's yearly holiday notice; with apply, write its holidays and make-up days", {
      body: noticeImportBody,
      ok: noticeImportView,
    }),
    (req) => importHolidayNotice(req.ctx, req.body),
  );
  r.delete(
    '/api/work-calendar/:day',
    doc('Return a day to the Monday–Friday rule', { params: z.strictObject({ day: z.iso.date() }), ok: okResponse }),
    (req) => deleteCalendarDay(req.ctx, req.params.day),
  );
}
