import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestLang } from '../../platform/errors.js';
import { noStore } from '../../platform/http.js';
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
  const tags = ['members'];
  r.get(
    '/api/members',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Search members in your subtree (masked)',
        querystring: listMembersQuery,
        response: { 200: memberPage },
      },
    },
    (req) => listMembers(req.ctx, req.query),
  );
  r.post(
    '/api/members/search',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Search members, also by whole phone or ID number (masked results)',
        body: searchMembersBody,
        response: { 200: memberPage },
      },
    },
    (req) => listMembers(req.ctx, req.body),
  );
  r.get(
    '/api/members/export',
    {
      schema: {
        tags,
        summary: 'Export matching members to .xlsx (personal data masked; audited)',
        querystring: listMembersQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const members = await exportMembers(req.ctx, req.query);
      return sendMembersWorkbook(reply, await membersWorkbook(members, requestLang(req) === 'en'));
    },
  );
  r.get(
    '/api/members/:id',
    { ...noStore, schema: { tags, summary: 'One member (masked)', params: idParam, response: { 200: memberView } } },
    (req) => getMember(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/reveal',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Reveal one personal field in full (audited)',
        params: idParam,
        body: revealBody,
        response: { 200: revealResponse },
      },
    },
    (req) => revealMemberField(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/members/:id/history',
    { schema: { tags, summary: 'A member record’s history', params: idParam, response: { 200: memberHistorySchema } } },
    (req) => memberHistory(req.ctx, req.params.id),
  );
  r.post(
    '/api/members/:id/leave',
    {
      schema: {
        tags,
        summary: 'End a membership (leave) with a reason',
        params: idParam,
        body: leaveBody,
        response: { 200: memberView },
      },
    },
    (req) => setMemberActive(req.ctx, req.params.id, false, req.body.reason),
  );
  r.put(
    '/api/members/:id/tags',
    {
      schema: {
        tags,
        summary: 'Set a member’s tags (audited)',
        params: idParam,
        body: tagsBody,
        response: { 200: memberView },
      },
    },
    (req) => setMemberTags(req.ctx, req.params.id, req.body.tags),
  );
  r.post(
    '/api/members/:id/reinstate',
    { schema: { tags, summary: 'Reinstate a member who left', params: idParam, response: { 200: memberView } } },
    (req) => setMemberActive(req.ctx, req.params.id, true, null),
  );
  r.get(
    '/api/me',
    { ...noStore, schema: { tags, summary: 'The signed-in member', response: { 200: meResponse } } },
    (req) => getMe(req.ctx, req.session?.phone_cipher ?? null),
  );
}
