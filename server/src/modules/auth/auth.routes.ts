import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/http.js';
import { routeDoc } from '../../platform/route-doc.js';
import { okResponse } from '../../platform/schemas.js';
import { clearAccountPhone, sendAccountPhoneCode, setAccountPhone } from './auth.account-phone.js';
import { memberLogin, requestSmsCode } from './auth.member-login.js';
import {
  accountPhoneBody,
  accountPhoneView,
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
  setupTotp,
} from './auth.service.js';

function issue(reply: FastifyReply, config: Config, issued: Issued) {
  setSessionCookie(reply, config, issued.token, issued.kind);
  reply.header('cache-control', 'no-store');
  return { stage: issued.stage, csrfToken: issued.csrfToken };
}

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('auth');
  const ua = (h: string | undefined) => h;
  r.get(
    '/api/auth/session',
    doc('Who is signed in, the CSRF token and permissions', { noStore: true, ok: sessionResponse }),
    (req) => describeSession(req.ctx, req.session),
  );
  r.post(
    '/api/auth/admin/login',
    doc('Admin sign-in with username and password', { body: adminLoginBody, ok: loginResponse }),
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await adminLogin(req.ctx, {
          username: req.body.username,
          password: req.body.password,
          userAgent: ua(req.headers['user-agent']),
        }),
      ),
  );
  r.post(
    '/api/auth/admin/totp',
    doc('Second factor: authenticator code', { body: totpBody, ok: loginResponse }),
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await completeTotp(req.ctx, {
          session: req.session,
          code: req.body.code,
          userAgent: ua(req.headers['user-agent']),
        }),
      ),
  );
  r.post(
    '/api/auth/admin/password',
    doc('Change your password', { body: changePasswordBody, ok: loginResponse }),
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await changePassword(req.ctx, {
          session: req.session,
          current: req.body.currentPassword,
          next: req.body.newPassword,
          userAgent: ua(req.headers['user-agent']),
        }),
      ),
  );
  r.post(
    '/api/auth/totp/setup',
    doc('Start authenticator enrolment', { noStore: true, ok: totpSetupResponse }),
    (req) => setupTotp(req.ctx, req.session),
  );
  r.post(
    '/api/auth/totp/enable',
    doc('Confirm enrolment with a first code', { body: totpBody, ok: loginResponse }),
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await enableTotp(req.ctx, {
          session: req.session,
          code: req.body.code,
          userAgent: ua(req.headers['user-agent']),
        }),
      ),
  );
  r.post(
    '/api/auth/phone/code',
    doc('Send a code to the phone I give for reminders', { body: smsRequestBody, ok: smsRequestResponse }),
    (req) => sendAccountPhoneCode(req.ctx, { phone: req.body.phone }),
  );
  r.put(
    '/api/auth/phone',
    doc('Set my phone for reminders, proved by its code', { body: accountPhoneBody, ok: accountPhoneView }),
    (req) => setAccountPhone(req.ctx, req.body),
  );
  r.delete('/api/auth/phone', doc('Remove my phone for reminders', { ok: accountPhoneView }), (req) =>
    clearAccountPhone(req.ctx),
  );
  r.post(
    '/api/auth/sms/request',
    doc('Send a sign-in code by SMS', { body: smsRequestBody, ok: smsRequestResponse }),
    (req) => requestSmsCode(req.ctx, req.body.phone),
  );
  r.post(
    '/api/auth/member/login',
    doc('Member sign-in with phone and SMS code', { body: memberLoginBody, ok: loginResponse }),
    async (req, reply) =>
      issue(
        reply,
        req.ctx.services.config,
        await memberLogin(req.ctx, {
          phoneInput: req.body.phone,
          codeInput: req.body.code,
          userAgent: ua(req.headers['user-agent']),
        }),
      ),
  );
  r.get('/api/auth/sessions', doc('My active sessions', { noStore: true, ok: ownSessions }), (req) =>
    listOwnSessions(req.ctx, req.session),
  );
  r.post(
    '/api/auth/sessions/:sid/end',
    doc('End one of my other sessions, or all of them (sid = others)', { params: endSessionParams, ok: endedResponse }),
    (req) => endOwnSessions(req.ctx, { session: req.session, which: req.params.sid }),
  );
  r.post('/api/auth/logout', doc('End this session', { ok: okResponse }), async (req, reply) => {
    await logout(req.ctx);
    clearSessionCookie(reply, req.ctx.services.config);
    reply.header('clear-site-data', '"cache", "cookies", "storage"');
    return { ok: true as const };
  });
}
