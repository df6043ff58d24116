import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestLang } from '../../platform/errors.js';
import { noStore } from '../../platform/http.js';
import { idParam, okResponse } from '../../platform/schemas.js';
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
  joinEmployers,
  joinUnion,
  joinUnions,
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
  const tags = ['membership'];

  r.get(
    '/api/join/unions',
    {
      schema: {
        tags,
        summary: 'Public: unions a worker can pick when joining',
        querystring: joinUnionsQuery,
        response: { 200: z.object({ items: z.array(publicUnion) }) },
      },
    },
    (req) => joinUnions(req.ctx, req.query),
  );
  r.get(
    '/api/join/unions/:id',
    {
      schema: {
        tags,
        summary: 'Public: the union a join QR code opens',
        params: idParam,
        response: { 200: publicUnion },
      },
    },
    (req) => joinUnion(req.ctx, req.params.id),
  );
  r.get(
    '/api/join/employers',
    {
      schema: {
        tags,
        summary: 'Public: find an employer by name or credit code',
        querystring: joinSearchQuery,
        response: { 200: z.object({ items: z.array(publicEmployer) }) },
      },
    },
    (req) => joinEmployers(req.ctx, req.query.q),
  );
  r.post(
    '/api/me/applications',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Apply to join (signed-in phone)',
        body: applicationBody,
        response: { 200: applicationView },
      },
    },
    async (req) => (await submitApplication(req.ctx, req.body)) as z.infer<typeof applicationView>,
  );
  r.get(
    '/api/me/applications',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'My applications with their progress',
        response: { 200: z.object({ items: z.array(applicationView) }) },
      },
    },
    (req) => myApplications(req.ctx),
  );
  r.put(
    '/api/me/applications/:id',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Edit my pending application',
        params: idParam,
        body: applicationBody,
        response: { 200: applicationView },
      },
    },
    async (req) => (await editApplication(req.ctx, req.params.id, req.body)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/me/applications/:id/withdraw',
    {
      ...noStore,
      schema: { tags, summary: 'Withdraw my pending application', params: idParam, response: { 200: applicationView } },
    },
    async (req) => (await withdrawApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.get(
    '/api/me/messages',
    { ...noStore, schema: { tags, summary: 'My in-app messages', response: { 200: messagesResponse } } },
    (req) => myMessages(req.ctx, requestLang(req)),
  );
  r.post(
    '/api/me/messages/read',
    { schema: { tags, summary: 'Mark my messages read', response: { 200: okResponse } } },
    (req) => markMessagesRead(req.ctx),
  );

  r.get(
    '/api/applications',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Applications in your subtree',
        querystring: listApplicationsQuery,
        response: { 200: applicationPage },
      },
    },
    (req) => listApplications(req.ctx, req.query),
  );
  r.post(
    '/api/applications/search',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Applications in your subtree, searched by a body that may hold a whole phone or ID number',
        body: listApplicationsQuery,
        response: { 200: applicationPage },
      },
    },
    (req) => listApplications(req.ctx, req.body),
  );
  r.get(
    '/api/applications/:id',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'One application with its history',
        params: idParam,
        response: { 200: applicationView },
      },
    },
    async (req) => (await getApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve: the applicant becomes a member',
        params: idParam,
        response: { 200: applicationView },
      },
    },
    async (req) => (await approveApplication(req.ctx, req.params.id)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject with a reason shown to the applicant',
        params: idParam,
        body: rejectBody,
        response: { 200: applicationView },
      },
    },
    async (req) =>
      (await rejectApplication(req.ctx, req.params.id, req.body.reason)) as z.infer<typeof applicationView>,
  );
  r.post(
    '/api/applications/:id/reroute',
    {
      schema: {
        tags,
        summary: 'Send the application to another union',
        params: idParam,
        body: rerouteBody,
        response: { 200: applicationView },
      },
    },
    async (req) =>
      (await rerouteApplication(req.ctx, req.params.id, req.body.unionId, req.body.reason ?? null)) as z.infer<
        typeof applicationView
      >,
  );
  r.post(
    '/api/applications/batch',
    {
      schema: {
        tags,
        summary: 'Approve or reject many applications',
        body: batchBody,
        response: { 200: batchResponse },
      },
    },
    (req) => batchDecide(req.ctx, req.body),
  );
}
