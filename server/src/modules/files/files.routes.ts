import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import { fileView, uploadQuery } from './files.schemas.js';
import { downloadName, MAX_FILE_BYTES, readFile, uploadFile } from './files.service.js';

// Evidence is always downloaded, never rendered by the browser (a PDF's scripts, an image's name ending
// in .html), under a name whose extension matches the type its bytes were checked to be.
const attachment = (name: string) => `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function fileRoutes(app: FastifyInstance) {
  // The body is the file's bytes; one byte over the limit is refused before it is read to the end.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('files');
  r.post(
    '/api/files',
    {
      bodyLimit: MAX_FILE_BYTES,
      ...doc('Upload evidence (JPEG, PNG or PDF by content, ≤ 10 MB; body = file bytes)', {
        query: uploadQuery,
        ok: fileView,
      }),
    },
    // A JSON or empty body is not a file: the service refuses anything but bytes.
    (req) => uploadFile(req.ctx, { purpose: req.query.purpose, name: req.query.name, body: req.body }),
  );
  r.get(
    '/api/files/:id',
    doc('Download a file you may read', { noStore: true, params: idParam }),
    async (req, reply) => {
      const file = await readFile(req.ctx, req.params.id);
      reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachment(downloadName(file.name, file.mediaType)))
        .header('x-content-type-options', 'nosniff');
      return reply.send(file.bytes);
    },
  );
}
