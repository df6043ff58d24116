import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import { membersWorkbook, sendMembersWorkbook } from '../members/members.workbook.js';
import {
  createExportBody,
  exportRequestPage,
  exportRequestView,
  listExportsQuery,
  refuseExportBody,
} from './exports.schemas.js';
import {
  approveExportRequest,
  createExportRequest,
  downloadExport,
  listExportRequests,
  refuseExportRequest,
} from './exports.service.js';

export async function exportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('exports');
  const view = { 200: exportRequestView };
  r.get(
    '/api/export-requests',
    doc('My export requests and those I may decide', { noStore: true, query: listExportsQuery, ok: exportRequestPage }),
    (req) => listExportRequests(req.ctx, req.query),
  );
  r.post(
    '/api/export-requests',
    doc('Ask for a bulk export (above the direct-export limit), with a reason', {
      body: createExportBody,
      response: view,
    }),
    (req) => createExportRequest(req.ctx, req.body),
  );
  r.post(
    '/api/export-requests/:id/approve',
    doc('Approve another officer’s export request', { params: idParam, response: view }),
    (req) => approveExportRequest(req.ctx, req.params.id),
  );
  r.post(
    '/api/export-requests/:id/refuse',
    doc('Refuse an export request, with a reason', { params: idParam, body: refuseExportBody, response: view }),
    (req) => refuseExportRequest(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
  r.get(
    '/api/export-requests/:id/download',
    doc('Download an approved export, once, within a day (watermarked)', { params: idParam }),
    async (req, reply) => {
      const { members, watermark } = await downloadExport(req.ctx, req.params.id);
      return sendMembersWorkbook(reply, await membersWorkbook(members, requestLang(req) === 'en', watermark));
    },
  );
}
