import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
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
  const doc = routeDoc('accounts');
  r.get('/api/accounts', doc('Admin accounts in your subtree', { query: listAccountsQuery, ok: accountPage }), (req) =>
    listAccounts(req.ctx, req.query),
  );
  r.get(
    '/api/accounts/grantable-roles',
    doc('The roles you may grant (holding all their permissions yourself)', { ok: grantableRolesView }),
    (req) => grantableRoles(req.ctx),
  );
  r.get('/api/accounts/:id', doc('One admin account', { params: idParam, ok: accountView }), (req) =>
    getAccount(req.ctx, req.params.id),
  );
  r.post(
    '/api/accounts',
    doc('Create an admin account with a first role; returns a one-time initial password', {
      noStore: true,
      body: createAccountBody,
      ok: accountWithPassword,
    }),
    (req) => createAccount(req.ctx, req.body),
  );
  r.post(
    '/api/accounts/:id/grants',
    doc('Grant a role on a union', { params: idParam, body: grantBody, ok: accountView }),
    (req) => grantRole(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.delete('/api/accounts/:id/grants/:grantId', doc('Revoke a role', { params: grantParams, ok: accountView }), (req) =>
    revokeRole(req.ctx, { id: req.params.id, grantId: req.params.grantId }),
  );
  r.post(
    '/api/accounts/:id/disable',
    doc('Disable an account and end its sessions', { params: idParam, ok: accountView }),
    (req) => setAccountDisabled(req.ctx, { id: req.params.id, disabled: true }),
  );
  r.post('/api/accounts/:id/enable', doc('Enable an account', { params: idParam, ok: accountView }), (req) =>
    setAccountDisabled(req.ctx, { id: req.params.id, disabled: false }),
  );
  r.post(
    '/api/accounts/:id/reset-password',
    doc('Issue a new initial password', { noStore: true, params: idParam, ok: accountWithPassword }),
    (req) => resetPassword(req.ctx, req.params.id),
  );
}
