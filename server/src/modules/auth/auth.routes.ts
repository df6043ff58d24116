import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { clearSessionCookie, noStore, setSessionCookie } from '../../platform/http.js';
import { okResponse } from '../../platform/schemas.js';
import {
  adminLoginBody,
  changePasswordBody,
  endedResponse,
  endSessionParams,
  loginResponse,
  memberLoginBody,
  ownSessions,
  sessionResponse,
  smsRequestBody,
  smsRequestResponse,
  totpBody,
  totpSetupResponse,
} from './auth.schemas.js';
import {
  adminLogin,
  changePassword,
  completeTotp,
  describeSession,
  enableTotp,
  endOwnSessions,
  type Issued,
  listOwnSessions,
  logout,
  memberLogin,
  requestSmsCode,
  setupTotp,
} from './auth.service.js';

function issue(reply: FastifyReply, config: Config, issued: Issued) {
  setSessionCookie(reply, config, issued.token, issued.kind);
  reply.header('cache-control', 'no-store');
  return { stage: issued.stage, csrfToken: issued.csrfToken };
}

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const ua = (h: string | undefined) => h;
  r.get(
    '/api/auth/session',
    {
      ...noStore,
      schema: { tags, summary: 'Who is signed in, the CSRF token and permissions', response: { 200: sessionResponse } },
    },
    (req) => describeSession(req.ctx, req.session),
  );
  r.post(
    '/api/auth/admin/login',
    {
      schema: {
        tags,
        summary: 'Admin sign-in with username and password',
        body: adminLoginBody,
        response: { 200: loginResponse },
      },
    },
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await adminLogin(req.ctx, req.body.username, req.body.password, ua(req.headers['user-agent'])),
      ),
  );
  r.post(
    '/api/auth/admin/totp',
    {
      schema: { tags, summary: 'Second factor: authenticator code', body: totpBody, response: { 200: loginResponse } },
    },
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await completeTotp(req.ctx, req.session, req.body.code, ua(req.headers['user-agent'])),
      ),
  );
  r.post(
    '/api/auth/admin/password',
    { schema: { tags, summary: 'Change your password', body: changePasswordBody, response: { 200: loginResponse } } },
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await changePassword(
          req.ctx,
          req.session,
          req.body.currentPassword,
          req.body.newPassword,
          ua(req.headers['user-agent']),
        ),
      ),
  );
  r.post(
    '/api/auth/totp/setup',
    { ...noStore, schema: { tags, summary: 'Start authenticator enrolment', response: { 200: totpSetupResponse } } },
    (req) => setupTotp(req.ctx, req.session),
  );
  r.post(
    '/api/auth/totp/enable',
    {
      schema: {
        tags,
        summary: 'Confirm enrolment with a first code',
        body: totpBody,
        response: { 200: loginResponse },
      },
    },
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await enableTotp(req.ctx, req.session, req.body.code, ua(req.headers['user-agent'])),
      ),
  );
  r.post(
    '/api/auth/sms/request',
    {
      schema: {
        tags,
        summary: 'Send a sign-in code by SMS',
        body: smsRequestBody,
        response: { 200: smsRequestResponse },
      },
    },
    (req) => requestSmsCode(req.ctx, req.body.phone),
  );
  r.post(
    '/api/auth/member/login',
    {
      schema: {
        tags,
        summary: 'Member sign-in with phone and SMS code',
        body: memberLoginBody,
        response: { 200: loginResponse },
      },
    },
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await memberLogin(req.ctx, req.body.phone, req.body.code, ua(req.headers['user-agent'])),
      ),
  );
  r.get(
    '/api/auth/sessions',
    { ...noStore, schema: { tags, summary: 'My active sessions', response: { 200: ownSessions } } },
    (req) => listOwnSessions(req.ctx, req.session),
  );
  r.post(
    '/api/auth/sessions/:sid/end',
    {
      schema: {
        tags,
        summary: 'End one of my other sessions, or all of them (sid = others)',
        params: endSessionParams,
        response: { 200: endedResponse },
      },
    },
    (req) => endOwnSessions(req.ctx, req.session, req.params.sid),
  );
  r.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'End this session', response: { 200: okResponse } } },
    async (req, reply) => {
      await logout(req.ctx);
      clearSessionCookie(reply, req.ctx.services.config);
      reply.header('clear-site-data', '"cache", "cookies", "storage"');
      return { ok: true as const };
    },
  );
}
