import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf, okResponse } from '../../platform/schemas.js';
import { joinEmployers, joinUnion, joinUnions } from './membership.directory.js';
import {
  applicationBody,
  applicationPage,
  applicationView,
  batchBody,
  batchResponse,
  joinSearchQuery,
  joinUnionsQuery,
  listApplicationsQuery,
  messagesResponse,
  publicEmployer,
  publicUnion,
  rejectBody,
  rerouteBody,
} from './membership.schemas.js';
import {
  approveApplication,
  batchDecide,
  editApplication,
  getApplication,
  listApplications,
  markMessagesRead,
  myApplications,
  myMessages,
  rejectApplication,
  rerouteApplication,
  submitApplication,
  withdrawApplication,
} from './membership.service.js';

export async function membershipRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('membership');

  r.get(
    '/api/join/unions',
    doc('Public: unions a worker can pick when joining', { query: joinUnionsQuery, ok: itemsOf(publicUnion) }),
    (req) => joinUnions(req.ctx, req.query),
  );
  r.get(
    '/api/join/unions/:id',
    doc('Public: the union a join QR code opens', { params: idParam, ok: publicUnion }),
    (req) => joinUnion(req.ctx, req.params.id),
  );
  r.get(
    '/api/join/employers',
    doc('Public: find an employer by name or credit code', { query: joinSearchQuery, ok: itemsOf(publicEmployer) }),
    (req) => joinEmployers(req.ctx, req.query.q),
  );
  r.post(
    '/api/me/applications',
    doc('Apply to join (signed-in phone)', { noStore: true, body: applicationBody, ok: applicationView }),
    async (req) => (await submitApplication(req.ctx, req.body)) as z.infer<typeof applicationView>,
  );
  r.get(
    '/api/me/applications',
    doc('My applications with their progress', { noStore: true, ok: itemsOf(applicationView) }),
    (req) => myApplications(req.ctx),
  );
  r.put(
    '/api/me/applications/:id',
    doc('Edit my pending application', { noStore: true, params: idParam, body: applicationBody, ok: applicationView }),
    async (req) =>
      (await editApplication(req.ctx, { id: req.params.id, body: req.body })) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/me/applications/:id/withdraw',
    doc('Withdraw my pending application', { noStore: true, params: idParam, ok: applicationView }),
    async (req) => (await withdrawApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.get('/api/me/messages', doc('My in-app messages', { noStore: true, ok: messagesResponse }), (req) =>
    myMessages(req.ctx, requestLang(req)),
  );
  r.post('/api/me/messages/read', doc('Mark my messages read', { ok: okResponse }), (req) => markMessagesRead(req.ctx));

  r.get(
    '/api/applications',
    doc('Applications in your subtree', { noStore: true, query: listApplicationsQuery, ok: applicationPage }),
    (req) => listApplications(req.ctx, req.query),
  );
  r.post(
    '/api/applications/search',
    doc('Applications in your subtree, searched by a body that may hold a whole phone or ID number', {
      noStore: true,
      body: listApplicationsQuery,
      ok: applicationPage,
    }),
    (req) => listApplications(req.ctx, req.body),
  );
  r.get(
    '/api/applications/:id',
    doc('One application with its history', { noStore: true, params: idParam, ok: applicationView }),
    async (req) => (await getApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/:id/approve',
    doc('Approve: the applicant becomes a member', { params: idParam, ok: applicationView }),
    async (req) => (await approveApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/:id/reject',
    doc('Reject with a reason shown to the applicant', { params: idParam, body: rejectBody, ok: applicationView }),
    async (req) =>
      (await rejectApplication(req.ctx, { id: req.params.id, reason: req.body.reason })) as z.infer<
        typeof applicationView
      >,
  );
  r.post(
    '/api/applications/:id/reroute',
    doc('Send the application to another union', { params: idParam, body: rerouteBody, ok: applicationView }),
    async (req) =>
      (await rerouteApplication(req.ctx, {
        id: req.params.id,
        unionId: req.body.unionId,
        reason: req.body.reason ?? null,
      })) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/batch',
    doc('Approve or reject many applications', { body: batchBody, ok: batchResponse }),
    (req) => batchDecide(req.ctx, req.body),
  );
}
