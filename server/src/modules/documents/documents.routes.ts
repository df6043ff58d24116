import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import {
  documentPage,
  documentView,
  listDocumentsQuery,
  recipientPage,
  recipientsQuery,
  remindResult,
  replyBody,
  sendDocumentBody,
  unionBody,
} from './documents.schemas.js';
import {
  answerDocument,
  getDocument,
  listDocuments,
  listRecipients,
  remindRecipients,
  sendDocument,
} from './documents.service.js';

export async function documentRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('documents');
  r.post(
    '/api/documents',
    doc('Send a document to every union of a level below', { body: sendDocumentBody, ok: documentView }),
    (req) => sendDocument(req.ctx, req.body),
  );
  r.get(
    '/api/documents',
    doc('Documents sent in my subtree, or received by my unions', {
      noStore: true,
      query: listDocumentsQuery,
      ok: documentPage,
    }),
    (req) => listDocuments(req.ctx, req.query),
  );
  r.get(
    '/api/documents/:id',
    doc('A document, with its progress or my receipt', { noStore: true, params: idParam, ok: documentView }),
    (req) => getDocument(req.ctx, req.params.id),
  );
  r.get(
    '/api/documents/:id/recipients',
    doc('Who has read, replied or is late', {
      noStore: true,
      params: idParam,
      query: recipientsQuery,
      ok: recipientPage,
    }),
    (req) => listRecipients(req.ctx, { id: req.params.id, query: req.query }),
  );
  r.post(
    '/api/documents/:id/read',
    doc('Sign for it on behalf of my union', { params: idParam, body: unionBody, ok: documentView }),
    (req) => answerDocument(req.ctx, { id: req.params.id, unionId: req.body.unionId, reply: null }),
  );
  r.post(
    '/api/documents/:id/reply',
    doc('Reply on behalf of my union (signs for it too)', { params: idParam, body: replyBody, ok: documentView }),
    (req) => answerDocument(req.ctx, { id: req.params.id, unionId: req.body.unionId, reply: req.body.text }),
  );
  r.post(
    '/api/documents/:id/remind',
    doc('Remind every union not done yet', { params: idParam, ok: remindResult }),
    (req) => remindRecipients(req.ctx, req.params.id),
  );
}
