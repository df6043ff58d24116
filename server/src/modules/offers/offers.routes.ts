import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorEntry } from '../../platform/error-codes.js';
import { errorBody, requestLang } from '../../platform/errors.js';
import { routeDoc } from '../../platform/route-doc.js';
import { errorResponse, idParam, itemsOf, okResponse } from '../../platform/schemas.js';
import { toXlsx } from '../../platform/spreadsheet.js';
import { checkIn, giveFeedback, myRegistrationToken } from './offers.checkin.js';
import { acceptOffered, cancelMyClaim, joinWaitlist, rejectApplication } from './offers.lifecycle.js';
import { drawLottery, lotteryResult } from './offers.lottery.js';
import { claim, claimPass, myClaims, offerForMember, offersForMember, waitlistIdentity } from './offers.member.js';
import {
  checkInBody,
  checkInResult,
  claimBody,
  claimParams,
  claimResult,
  createOfferBody,
  feedbackBody,
  feedbackSummary as feedbackSummarySchema,
  listOffersQuery,
  lotteryView,
  memberOffersQuery,
  memberOfferView,
  monitorView,
  myClaimView,
  offerPage,
  offerView,
  passView,
  reasonBody,
  registrationPage,
  registrationsQuery,
  registrationToken,
  updateOfferBody,
} from './offers.schemas.js';
import {
  cancelOffer,
  createOffer,
  exportRegistrations,
  feedbackSummary,
  getOffer,
  listOffers,
  listRegistrations,
  monitor,
  publishOffer,
  updateOffer,
} from './offers.service.js';

export async function offerRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('offers');

  // ---- Member ----
  r.get(
    '/api/me/offers',
    doc('Benefits, courses and activities open to me', {
      query: memberOffersQuery,
      ok: z.object({ items: z.array(offerView), serverTime: z.string() }),
    }),
    (req) => offersForMember(req.ctx, req.query.kind),
  );
  r.get('/api/me/offers/:id', doc('One offer with my claims in it', { params: idParam, ok: memberOfferView }), (req) =>
    offerForMember(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/claim-pass',
    {
      config: { authNeutral: true },
      ...doc('A short-lived signed pass for claiming (fetched before the rush)', { noStore: true, ok: passView }),
    },
    (req) => claimPass(req.ctx),
  );
  r.post(
    '/api/claims',
    {
      config: { sessionless: true },
      ...doc('Claim a place (first come) or apply (lottery); identified by the x-zg-pass header', {
        headers: z.object({ 'x-zg-pass': z.string().max(2000).optional() }),
        body: claimBody,
        response: { 200: claimResult, '4xx': errorResponse, '5xx': errorResponse },
      }),
    },
    async (req, reply) => {
      const result = await claim(req.ctx.services, { pass: req.headers['x-zg-pass'], body: req.body });
      if (!('refused' in result)) return result;
      return reply
        .code(errorEntry(result.refused).status)
        .serializer(JSON.stringify)
        .send(errorBody(result.refused, result.params, requestLang(req), req.id));
    },
  );
  r.get(
    '/api/me/claims',
    doc('My registrations, applications and waitlist places', { ok: itemsOf(myClaimView) }),
    (req) => myClaims(req.ctx),
  );
  r.post(
    '/api/me/claims/:id/cancel',
    doc('Cancel my claim (the place goes to the waitlist)', { params: idParam, ok: okResponse }),
    (req) => cancelMyClaim(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/claims/:id/accept',
    doc('Take the place offered to me from the waitlist', { params: idParam, ok: okResponse }),
    (req) => acceptOffered(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/claims/:id/feedback',
    doc('Rate an activity I attended', { params: idParam, body: feedbackBody, ok: okResponse }),
    (req) =>
      giveFeedback(req.ctx, { claimId: req.params.id, rating: req.body.rating, comment: req.body.comment ?? '' }),
  );
  r.get(
    '/api/me/claims/:id/code',
    doc('My check-in QR for a registration (rotates)', { noStore: true, params: idParam, ok: registrationToken }),
    (req) => myRegistrationToken(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/offers/:id/waitlist',
    doc('Join the waitlist of a full offer', {
      params: idParam,
      ok: z.object({ claimId: z.number(), position: z.number() }),
    }),
    async (req) => joinWaitlist(req.ctx, { offerId: req.params.id, who: await waitlistIdentity(req.ctx) }),
  );
  r.get(
    '/api/offers/:id/lottery',
    doc('The published lottery result with its seed (anyone may re-run it)', { params: idParam, ok: lotteryView }),
    (req) => lotteryResult(req.ctx, req.params.id),
  );

  // ---- Console ----
  r.get('/api/offers', doc('Offers in my scope', { query: listOffersQuery, ok: offerPage }), (req) =>
    listOffers(req.ctx, req.query),
  );
  r.post('/api/offers', doc('Create an offer (draft)', { body: createOfferBody, ok: offerView }), (req) =>
    createOffer(req.ctx, req.body),
  );
  r.get('/api/offers/:id', doc('One offer', { params: idParam, ok: offerView }), (req) =>
    getOffer(req.ctx, req.params.id),
  );
  r.patch(
    '/api/offers/:id',
    doc('Edit an offer (limited once open or claimed)', { params: idParam, body: updateOfferBody, ok: offerView }),
    (req) => updateOffer(req.ctx, { id: req.params.id, patch: req.body }),
  );
  r.post(
    '/api/offers/:id/publish',
    doc('Publish (commits the voucher budget)', { params: idParam, ok: offerView }),
    (req) => publishOffer(req.ctx, req.params.id),
  );
  r.post(
    '/api/offers/:id/cancel',
    doc('Cancel: every claim released and refunded', { params: idParam, body: reasonBody, ok: offerView }),
    (req) => cancelOffer(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
  r.get(
    '/api/offers/:id/registrations',
    doc('Registrations', { noStore: true, params: idParam, query: registrationsQuery, ok: registrationPage }),
    (req) => listRegistrations(req.ctx, { id: req.params.id, q: req.query }),
  );
  r.get(
    '/api/offers/:id/registrations.xlsx',
    doc('Registrations as .xlsx (audited)', { noStore: true, params: idParam }),
    async (req, reply) => {
      const { offer, items } = await exportRegistrations(req.ctx, req.params.id);
      const en = requestLang(req) === 'en';
      const headers = en
        ? ['Name', 'Card no.', 'Status', 'Quantity', 'Rank', 'Checked in', 'Survey answer', 'Rating', 'Comment', 'Time']
        : ['姓名', '会员卡号', '状态', '数量', '排序', '签到时间', '需求调查', '评分', '评价', '时间'];
      const rows = items.map((i) => [
        i.member.name,
        i.member.cardNo ?? '',
        i.status,
        i.quantity,
        i.rank ?? '',
        i.checkedInAt ?? '',
        i.surveyAnswer ?? '',
        i.rating ?? '',
        i.comment ?? '',
        i.createdAt,
      ]);
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="registrations-${offer.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`报名名单-${offer.id}.xlsx`)}`,
        );
      return reply.send(await toXlsx(en ? 'Registrations' : '报名', headers, rows));
    },
  );
  r.get('/api/offers/:id/monitor', doc('Live rush monitor', { params: idParam, ok: monitorView }), (req) =>
    monitor(req.ctx, req.params.id),
  );
  r.post(
    '/api/offers/:id/draw',
    doc('Run the lottery once, with a fresh published seed', { params: idParam, ok: lotteryView }),
    (req) => drawLottery(req.ctx, req.params.id),
  );
  r.post(
    '/api/offers/:id/registrations/:claimId/reject',
    doc('Turn down an application before the draw, with a reason shown to the member', {
      params: claimParams,
      body: reasonBody,
      ok: okResponse,
    }),
    (req) =>
      rejectApplication(req.ctx, { offerId: req.params.id, claimId: req.params.claimId, reason: req.body.reason }),
  );
  r.post(
    '/api/offers/:id/check-in',
    doc('Check a member in by e-card or registration QR', { params: idParam, body: checkInBody, ok: checkInResult }),
    (req) => checkIn(req.ctx, { offerId: req.params.id, token: req.body.token }),
  );
  r.get(
    '/api/offers/:id/feedback',
    doc('After-activity ratings and comments', { params: idParam, ok: feedbackSummarySchema }),
    (req) => feedbackSummary(req.ctx, req.params.id),
  );
}
