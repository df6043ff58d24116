import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import { sendPicture } from '../files/files.images.js';
import { downloadName } from '../files/files.service.js';
import { addAttachment, MAX_ATTACHMENT_BYTES, openAttachment, removeAttachment } from './content.attachments.js';
import { MAX_IMAGE_BYTES, uploadArticleImage } from './content.images.js';
import { myArticles, readArticle } from './content.reading.js';
import {
  articleBody,
  articleImageResult,
  articlePage,
  articleView,
  attachmentParams,
  attachmentQuery,
  imageParam,
  listArticlesQuery,
  readerArticlePage,
  readerArticleView,
  readerQuery,
  reasonBody,
} from './content.schemas.js';
import { createArticle, getArticle, listArticles, moveArticle, updateArticle } from './content.service.js';

export async function contentRoutes(app: FastifyInstance) {
  // An image's body is its bytes; one byte over the limit is refused before it is read to the end.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('content');
  r.post(
    '/api/articles/images',
    {
      bodyLimit: MAX_IMAGE_BYTES,
      ...doc('Upload an image for an article (JPEG or PNG by content, ≤ 5 MB; body = the bytes)', {
        ok: articleImageResult,
      }),
    },
    (req) => uploadArticleImage(req.ctx, req.body),
  );
  r.get(
    '/media/articles/:name',
    doc('An article image: cached for a year (its address never changes), byte ranges served', {
      params: imageParam,
    }),
    (req, reply) =>
      sendPicture(req.ctx, { reply, folder: 'articles', name: req.params.name, range: req.headers.range }),
  );
  r.get(
    '/api/me/articles',
    doc('News, policies and notices for me; a search (q) ranks the newest 1,000 matches and counts at most 1,000', {
      query: readerQuery,
      ok: readerArticlePage,
    }),
    (req) => myArticles(req.ctx, req.query),
  );
  r.get(
    '/api/me/articles/:id',
    doc('Read an article (counted once)', { params: idParam, ok: readerArticleView }),
    (req) => readArticle(req.ctx, req.params.id),
  );
  r.get(
    '/api/articles',
    doc('Articles of unions in my subtree', { noStore: true, query: listArticlesQuery, ok: articlePage }),
    (req) => listArticles(req.ctx, req.query),
  );
  r.post('/api/articles', doc('Write a draft', { body: articleBody, ok: articleView }), (req) =>
    createArticle(req.ctx, req.body),
  );
  r.get(
    '/api/articles/:id',
    doc('An article with its history', { noStore: true, params: idParam, ok: articleView }),
    (req) => getArticle(req.ctx, req.params.id),
  );
  r.put(
    '/api/articles/:id',
    doc('Edit a draft or a withdrawn article', { params: idParam, body: articleBody, ok: articleView }),
    (req) => updateArticle(req.ctx, { id: req.params.id, body: req.body }),
  );
  for (const step of ['publish', 'submit', 'approve', 'withdraw'] as const)
    r.post(`/api/articles/:id/${step}`, doc(stepSummary[step], { params: idParam, ok: articleView }), (req) =>
      moveArticle(req.ctx, { id: req.params.id, step, reason: null }),
    );
  r.post(
    '/api/articles/:id/reject',
    doc('Send back to the author with a reason', { params: idParam, body: reasonBody, ok: articleView }),
    (req) => moveArticle(req.ctx, { id: req.params.id, step: 'reject', reason: req.body.reason }),
  );
  r.post(
    '/api/articles/:id/attachments',
    {
      bodyLimit: MAX_ATTACHMENT_BYTES,
      ...doc('Attach a file to an article being edited (PDF, docx, xlsx, pptx, JPEG, PNG by content, ≤ 20 MB)', {
        params: idParam,
        query: attachmentQuery,
        ok: articleView,
      }),
    },
    async (req) => {
      await addAttachment(req.ctx, { id: req.params.id, name: req.query.name, body: req.body });
      return getArticle(req.ctx, req.params.id);
    },
  );
  r.delete(
    '/api/articles/:id/attachments/:attachmentId',
    doc('Remove an attachment from an article being edited', { params: attachmentParams, ok: articleView }),
    async (req) => {
      await removeAttachment(req.ctx, { id: req.params.id, attachmentId: req.params.attachmentId });
      return getArticle(req.ctx, req.params.id);
    },
  );
  r.get(
    '/api/articles/:id/attachments/:attachmentId',
    doc('Download an attachment: for the article’s editors and the members it is published to', {
      noStore: true,
      params: attachmentParams,
    }),
    async (req, reply) => {
      const file = await openAttachment(req.ctx, { id: req.params.id, attachmentId: req.params.attachmentId });
      const name = downloadName(file.name, file.mediaType);
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', file.size)
        .header('content-disposition', `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(file.body);
    },
  );
}

const stepSummary = {
  publish: 'Publish (where no review is needed)',
  submit: "Send for a second editor's review",
  approve: 'Approve and publish (a second editor)',
  withdraw: 'Withdraw from readers (or pull back from review)',
} as const;
