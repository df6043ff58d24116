import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { idParam, okResponse } from '../../platform/schemas.js';
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
  const tags = ['appeals'];
  const view = { 200: appealView };
  r.post(
    '/api/me/appeals',
    {
      schema: {
        tags,
        summary: 'Report a problem (wage arrears, dispute, injury, ...)',
        body: submitBody,
        response: view,
      },
    },
    (req) => submitAppeal(req.ctx, req.body),
  );
  r.get(
    '/api/me/appeals',
    {
      ...noStore,
      schema: { tags, summary: 'Appeals I filed', response: { 200: z.object({ items: z.array(appealSummary) }) } },
    },
    (req) => myAppeals(req.ctx),
  );
  r.post(
    '/api/me/appeals/:id/reply',
    {
      schema: {
        tags,
        summary: 'Answer the handler’s question (the deadline resumes)',
        params: idParam,
        body: replyBody,
        response: view,
      },
    },
    (req) => reply(req.ctx, req.params.id, req.body.text, req.body.evidenceFileIds),
  );
  r.post(
    '/api/me/appeals/:id/rate',
    {
      schema: {
        tags,
        summary: 'Rate how my appeal was handled (once)',
        params: idParam,
        body: rateBody,
        response: view,
      },
    },
    (req) => rate(req.ctx, req.params.id, req.body.rating, req.body.comment ?? null),
  );
  r.get(
    '/api/appeals/:id',
    {
      ...noStore,
      schema: { tags, summary: 'One appeal with its history and deadlines', params: idParam, response: view },
    },
    (req) => getAppeal(req.ctx, req.params.id),
  );
  r.get(
    '/api/appeals',
    {
      ...noStore,
      schema: { tags, summary: 'Appeals in my subtree', querystring: listQuery, response: { 200: appealPage } },
    },
    (req) => listAppeals(req.ctx, req.query),
  );
  r.post(
    '/api/appeals',
    { schema: { tags, summary: 'Record an appeal from a hotline call', body: hotlineBody, response: view } },
    (req) => recordHotlineCall(req.ctx, req.body),
  );
  const step = (path: string, summary: string, run: (req: { ctx: never; params: { id: number } }) => unknown) =>
    r.post(path, { schema: { tags, summary, params: idParam, response: view } }, run as never);
  step('/api/appeals/:id/accept', 'Accept the case (first response)', (req) => accept(req.ctx, req.params.id));
  step('/api/appeals/:id/start', 'Start work on it', (req) => start(req.ctx, req.params.id));
  r.post(
    '/api/appeals/:id/refer',
    {
      schema: {
        tags,
        summary: 'Refer to labour inspection, arbitration or a court',
        params: idParam,
        body: referBody,
        response: view,
      },
    },
    (req) => refer(req.ctx, req.params.id, req.body.to, req.body.note),
  );
  r.post(
    '/api/appeals/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Refuse, with the reason the worker sees',
        params: idParam,
        body: reasonBody,
        response: view,
      },
    },
    (req) => refuse(req.ctx, req.params.id, req.body.reason),
  );
  r.post(
    '/api/appeals/:id/request-info',
    {
      schema: {
        tags,
        summary: 'Ask the worker (the deadline pauses until they answer)',
        params: idParam,
        body: textBody,
        response: view,
      },
    },
    (req) => requestInfo(req.ctx, req.params.id, req.body.text),
  );
  r.post(
    '/api/appeals/:id/notes',
    { schema: { tags, summary: 'Add an internal note', params: idParam, body: textBody, response: view } },
    (req) => addNote(req.ctx, req.params.id, req.body.text),
  );
  r.post(
    '/api/appeals/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Resolve with the outcome and the money recovered',
        params: idParam,
        body: resolveBody,
        response: view,
      },
    },
    (req) => resolve(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/appeals/:id/reopen',
    { schema: { tags, summary: 'Reopen a closed case', params: idParam, body: reasonBody, response: view } },
    (req) => reopen(req.ctx, req.params.id, req.body.reason),
  );
  r.get(
    '/api/appeal-sla-policies',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Deadline policies in my subtree, and the defaults',
        response: {
          200: z.object({
            items: z.array(slaPolicyView),
            defaults: z.object({ firstResponseMinutes: z.number(), resolutionMinutes: z.number() }),
          }),
        },
      },
    },
    (req) => listSlaPolicies(req.ctx),
  );
  r.put(
    '/api/appeal-sla-policies',
    {
      schema: {
        tags,
        summary: 'Set the deadlines of a union (and its subtree) for a category',
        body: slaPolicyBody,
        response: { 200: slaPolicyView },
      },
    },
    (req) => saveSlaPolicy(req.ctx, req.body),
  );
  r.delete(
    '/api/appeal-sla-policies/:id',
    { schema: { tags, summary: 'Remove a deadline policy', params: idParam, response: { 200: okResponse } } },
    (req) => deleteSlaPolicy(req.ctx, req.params.id),
  );
  r.get(
    '/api/work-calendar',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Holidays and make-up working days of a year',
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ items: z.array(calendarDayView) }) },
      },
    },
    (req) => listCalendarDays(req.ctx, req.query.year),
  );
  r.put(
    '/api/work-calendar',
    {
      schema: {
        tags,
        summary: 'Mark a day as a holiday or a working day',
        body: calendarDayBody,
        response: { 200: calendarDayView },
      },
    },
    (req) => setCalendarDay(req.ctx, req.body),
  );
  r.post(
    '/api/work-calendar/import',
    {
      schema: {
        tags,
        summary: "Read the State Council's yearly holiday notice; with apply, write its holidays and make-up days",
        body: noticeImportBody,
        response: { 200: noticeImportView },
      },
    },
    (req) => importHolidayNotice(req.ctx, req.body),
  );
  r.delete(
    '/api/work-calendar/:day',
    {
      schema: {
        tags,
        summary: 'Return a day to the Monday–Friday rule',
        params: z.strictObject({ day: z.iso.date() }),
        response: { 200: okResponse },
      },
    },
    (req) => deleteCalendarDay(req.ctx, req.params.day),
  );
}
