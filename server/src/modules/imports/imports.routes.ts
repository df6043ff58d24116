import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermissionSomewhere } from '../../platform/access.js';
import { AppError, requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import {
  createImportQuery,
  importPage,
  importRowPage,
  importRowsQuery,
  importView,
  listImportsQuery,
} from './imports.schemas.js';
import {
  commitImport,
  createImport,
  getImport,
  importReport,
  listImportRows,
  listImports,
  TEMPLATE_EXAMPLE,
  TEMPLATE_HEADERS,
  templateCsv,
} from './imports.service.js';

const MAX_UPLOAD = 20 * 1024 * 1024;
const download = (name: string) => `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function importRoutes(app: FastifyInstance) {
  // Uploads arrive as the raw file bytes (no multipart): the file name travels in the query.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('member imports');
  r.get(
    '/api/member-imports/template.csv',
    doc('The import template as CSV', { ok: z.string() }),
    async (req, reply) => {
      requirePermissionSomewhere(req.ctx.actor, 'member.manage');
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', download('会员导入模板.csv'));
      return templateCsv();
    },
  );
  r.get('/api/member-imports/template.xlsx', doc('The import template as an Excel workbook'), async (req, reply) => {
    requirePermissionSomewhere(req.ctx.actor, 'member.manage');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('会员');
    sheet.addRow(TEMPLATE_HEADERS);
    sheet.addRow(TEMPLATE_EXAMPLE);
    // ID and phone columns are text, so Excel never turns them into rounded numbers.
    for (const col of [2, 3]) sheet.getColumn(col).numFmt = '@';
    sheet.columns.forEach((c) => {
      c.width = 22;
    });
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', download('会员导入模板.xlsx'));
    return reply.send(Buffer.from(await book.xlsx.writeBuffer()));
  });
  r.post(
    '/api/member-imports',
    {
      bodyLimit: MAX_UPLOAD,
      ...doc('Upload a roster (.xlsx or .csv, body = file bytes, ≤ 20 MB) and validate every row', {
        query: createImportQuery,
        ok: importView,
      }),
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw new AppError('IMPORT_FILE_UNREADABLE', { field: 'file' });
      return createImport(req.ctx, { unionId: req.query.unionId, fileName: req.query.fileName, file: req.body });
    },
  );
  r.get('/api/member-imports', doc('Imports in your subtree', { query: listImportsQuery, ok: importPage }), (req) =>
    listImports(req.ctx, req.query),
  );
  r.get(
    '/api/member-imports/:id',
    doc('One import with its counts and commit progress', { params: idParam, ok: importView }),
    (req) => getImport(req.ctx, req.params.id),
  );
  r.get(
    '/api/member-imports/:id/rows',
    doc('Rows of an import with their outcome and errors', {
      noStore: true,
      params: idParam,
      query: importRowsQuery,
      ok: importRowPage,
    }),
    (req) => listImportRows(req.ctx, { id: req.params.id, query: req.query, lang: requestLang(req) }),
  );
  r.post(
    '/api/member-imports/:id/commit',
    doc('Commit the valid rows (runs in the background; poll the import)', { params: idParam, ok: importView }),
    (req) => commitImport(req.ctx, req.params.id),
  );
  r.get(
    '/api/member-imports/:id/report',
    doc('The result of every row as CSV', { params: idParam, ok: z.string() }),
    async (req, reply) => {
      const csv = await importReport(req.ctx, { id: req.params.id, lang: requestLang(req) });
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', download(`导入结果-${req.params.id}.csv`));
      return csv;
    },
  );
}
