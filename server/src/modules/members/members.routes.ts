import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import {
  leaveBody,
  listMembersQuery,
  memberHistory as memberHistorySchema,
  memberPage,
  memberView,
  meResponse,
  revealBody,
  revealResponse,
  searchMembersBody,
  tagsBody,
} from './members.schemas.js';
import {
  exportMembers,
  getMe,
  getMember,
  listMembers,
  memberHistory,
  revealMemberField,
  setMemberActive,
  setMemberTags,
} from './members.service.js';
import { membersWorkbook, sendMembersWorkbook } from './members.workbook.js';

export async function memberRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('members');
  r.get(
    '/api/members',
    doc('Search members in your subtree (masked)', { noStore: true, query: listMembersQuery, ok: memberPage }),
    (req) => listMembers(req.ctx, req.query),
  );
  r.post(
    '/api/members/search',
    doc('Search members, also by whole phone or ID number (masked results)', {
      noStore: true,
      body: searchMembersBody,
      ok: memberPage,
    }),
    (req) => listMembers(req.ctx, req.body),
  );
  r.get(
    '/api/members/export',
    doc('Export matching members to .xlsx (personal data masked; audited)', {
      query: listMembersQuery.omit({ page: true, pageSize: true }),
    }),
    async (req, reply) => {
      const members = await exportMembers(req.ctx, { query: req.query });
      return sendMembersWorkbook(reply, await membersWorkbook(members, requestLang(req) === 'en'));
    },
  );
  r.get('/api/members/:id', doc('One member (masked)', { noStore: true, params: idParam, ok: memberView }), (req) =>
    getMember(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/reveal',
    doc('Reveal one personal field in full (audited)', {
      noStore: true,
      params: idParam,
      body: revealBody,
      ok: revealResponse,
    }),
    (req) => revealMemberField(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/members/:id/history',
    doc('A member record’s history', { params: idParam, ok: memberHistorySchema }),
    (req) => memberHistory(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/leave',
    doc('End a membership (leave) with a reason', { params: idParam, body: leaveBody, ok: memberView }),
    (req) => setMemberActive(req.ctx, { id: req.params.id, active: false, reason: req.body.reason }),
  );
  r.put(
    '/api/members/:id/tags',
    doc('Set a member’s tags (audited)', { params: idParam, body: tagsBody, ok: memberView }),
    (req) => setMemberTags(req.ctx, { id: req.params.id, tags: req.body.tags }),
  );
  r.post('/api/members/:id/reinstate', doc('Reinstate a member who left', { params: idParam, ok: memberView }), (req) =>
    setMemberActive(req.ctx, { id: req.params.id, active: true, reason: null }),
  );
  r.get('/api/me', doc('The signed-in member', { noStore: true, ok: meResponse }), (req) =>
    getMe(req.ctx, req.session ?? null),
  );
}
