import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { noStore } from '../../platform/http.js';
import { idParam } from '../../platform/schemas.js';
import {
  accountPage,
  accountView,
  accountWithPassword,
  createAccountBody,
  grantableRolesView,
  grantBody,
  grantParams,
  listAccountsQuery,
} from './accounts.schemas.js';
import {
  createAccount,
  getAccount,
  grantableRoles,
  grantRole,
  listAccounts,
  resetPassword,
  revokeRole,
  setAccountDisabled,
} from './accounts.service.js';

export async function accountRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  r.get(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: 'Admin accounts in your subtree',
        querystring: listAccountsQuery,
        response: { 200: accountPage },
      },
    },
    (req) => listAccounts(req.ctx, req.query),
  );
  r.get(
    '/api/accounts/grantable-roles',
    {
      schema: {
        tags,
        summary: 'The roles you may grant (holding all their permissions yourself)',
        response: { 200: grantableRolesView },
      },
    },
    (req) => grantableRoles(req.ctx),
  );
  r.get(
    '/api/accounts/:id',
    { schema: { tags, summary: 'One admin account', params: idParam, response: { 200: accountView } } },
    (req) => getAccount(req.ctx, req.params.id),
  );
  r.post(
    '/api/accounts',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Create an admin account with a first role; returns a one-time initial password',
        body: createAccountBody,
        response: { 200: accountWithPassword },
      },
    },
    (req) => createAccount(req.ctx, req.body),
  );
  r.post(
    '/api/accounts/:id/grants',
    {
      schema: {
        tags,
        summary: 'Grant a role on a union',
        params: idParam,
        body: grantBody,
        response: { 200: accountView },
      },
    },
    (req) => grantRole(req.ctx, req.params.id, req.body),
  );
  r.delete(
    '/api/accounts/:id/grants/:grantId',
    { schema: { tags, summary: 'Revoke a role', params: grantParams, response: { 200: accountView } } },
    (req) => revokeRole(req.ctx, req.params.id, req.params.grantId),
  );
  r.post(
    '/api/accounts/:id/disable',
    {
      schema: {
        tags,
        summary: 'Disable an account and end its sessions',
        params: idParam,
        response: { 200: accountView },
      },
    },
    (req) => setAccountDisabled(req.ctx, req.params.id, true),
  );
  r.post(
    '/api/accounts/:id/enable',
    { schema: { tags, summary: 'Enable an account', params: idParam, response: { 200: accountView } } },
    (req) => setAccountDisabled(req.ctx, req.params.id, false),
  );
  r.post(
    '/api/accounts/:id/reset-password',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Issue a new initial password',
        params: idParam,
        response: { 200: accountWithPassword },
      },
    },
    (req) => resetPassword(req.ctx, req.params.id),
  );
}
