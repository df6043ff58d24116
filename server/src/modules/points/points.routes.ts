import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf, okResponse } from '../../platform/schemas.js';
import { issuanceOverview, issueNow, setPlan } from './points.issuance.js';
import {
  adjustBody,
  billBody,
  billView,
  historyQuery,
  issuanceOverview as issuanceOverviewSchema,
  issueBody,
  issueResult,
  planBody,
  pointsHistory,
  reconcileView,
  reverseBody,
  unionParam,
} from './points.schemas.js';
import { adjust, memberPoints, myBills, myPoints, payBill, reconcile, reverse } from './points.service.js';

export async function pointsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('points');
  r.get(
    '/api/me/points',
    doc('My balance and every movement', { noStore: true, query: historyQuery, ok: pointsHistory }),
    (req) => myPoints(req.ctx, { page: req.query.page, pageSize: req.query.pageSize }),
  );
  r.post(
    '/api/me/bills',
    doc('Pay a phone or electricity bill with points (1 point = 1 fen)', { body: billBody, ok: billView }),
    (req) => payBill(req.ctx, req.body),
  );
  r.get('/api/me/bills', doc('My bill payments', { noStore: true, ok: itemsOf(billView) }), (req) => myBills(req.ctx));
  r.get(
    '/api/points/members/:id',
    doc('A member’s points history', { noStore: true, params: idParam, query: historyQuery, ok: pointsHistory }),
    (req) => memberPoints(req.ctx, { memberId: req.params.id, page: req.query.page, pageSize: req.query.pageSize }),
  );
  r.post(
    '/api/points/adjustments',
    doc('Adjust a member’s points (reason required, audited)', { body: adjustBody, ok: pointsHistory }),
    (req) =>
      adjust(req.ctx, {
        memberId: req.body.memberId,
        amount: req.body.amount,
        reason: req.body.reason,
        idemKey: req.body.idempotencyKey,
      }),
  );
  r.post(
    '/api/points/transactions/:id/reverse',
    doc('Reverse a ledger transaction (never edited)', { params: idParam, body: reverseBody, ok: okResponse }),
    (req) => reverse(req.ctx, { transactionId: req.params.id, reason: req.body.reason }),
  );
  r.post(
    '/api/points/issuance',
    doc('Issue points to every member of a union for a month (once)', { body: issueBody, ok: issueResult }),
    (req) =>
      issueNow(req.ctx, {
        unionId: req.body.unionId,
        month: req.body.month,
        amount: req.body.amountPerMember,
        reason: req.body.reason,
      }),
  );
  r.get(
    '/api/points/issuance/:unionId',
    doc('A union’s monthly plan and past issuances', { params: unionParam, ok: issuanceOverviewSchema }),
    (req) => issuanceOverview(req.ctx, req.params.unionId),
  );
  r.put(
    '/api/points/issuance/:unionId/plan',
    doc('Set the union’s standing monthly issuance', {
      params: unionParam,
      body: planBody,
      ok: issuanceOverviewSchema,
    }),
    (req) => setPlan(req.ctx, { unionId: req.params.unionId, plan: req.body }),
  );
  r.get(
    '/api/points/reconcile',
    doc('Prove balance = sum of postings for every account in scope', { ok: reconcileView }),
    (req) => reconcile(req.ctx),
  );
}
