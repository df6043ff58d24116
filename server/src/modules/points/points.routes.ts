import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { idParam, okResponse } from '../../platform/schemas.js';
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
import {
  adjust,
  issuanceOverview,
  issueNow,
  memberPoints,
  myBills,
  myPoints,
  payBill,
  reconcile,
  reverse,
  setPlan,
} from './points.service.js';

export async function pointsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['points'];
  r.get(
    '/api/me/points',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'My balance and every movement',
        querystring: historyQuery,
        response: { 200: pointsHistory },
      },
    },
    (req) => myPoints(req.ctx, req.query.page, req.query.pageSize),
  );
  r.post(
    '/api/me/bills',
    {
      schema: {
        tags,
        summary: 'Pay a phone or electricity bill with points (1 point = 1 fen)',
        body: billBody,
        response: { 200: billView },
      },
    },
    (req) => payBill(req.ctx, req.body),
  );
  r.get(
    '/api/me/bills',
    {
      ...noStore,
      schema: { tags, summary: 'My bill payments', response: { 200: z.object({ items: z.array(billView) }) } },
    },
    (req) => myBills(req.ctx),
  );
  r.get(
    '/api/points/members/:id',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'A member’s points history',
        params: idParam,
        querystring: historyQuery,
        response: { 200: pointsHistory },
      },
    },
    (req) => memberPoints(req.ctx, req.params.id, req.query.page, req.query.pageSize),
  );
  r.post(
    '/api/points/adjustments',
    {
      schema: {
        tags,
        summary: 'Adjust a member’s points (reason required, audited)',
        body: adjustBody,
        response: { 200: pointsHistory },
      },
    },
    (req) => adjust(req.ctx, req.body.memberId, req.body.amount, req.body.reason, req.body.idempotencyKey),
  );
  r.post(
    '/api/points/transactions/:id/reverse',
    {
      schema: {
        tags,
        summary: 'Reverse a ledger transaction (never edited)',
        params: idParam,
        body: reverseBody,
        response: { 200: okResponse },
      },
    },
    (req) => reverse(req.ctx, req.params.id, req.body.reason),
  );
  r.post(
    '/api/points/issuance',
    {
      schema: {
        tags,
        summary: 'Issue points to every member of a union for a month (once)',
        body: issueBody,
        response: { 200: issueResult },
      },
    },
    (req) => issueNow(req.ctx, req.body.unionId, req.body.month, req.body.amountPerMember, req.body.reason),
  );
  r.get(
    '/api/points/issuance/:unionId',
    {
      schema: {
        tags,
        summary: 'A union’s monthly plan and past issuances',
        params: unionParam,
        response: { 200: issuanceOverviewSchema },
      },
    },
    (req) => issuanceOverview(req.ctx, req.params.unionId),
  );
  r.put(
    '/api/points/issuance/:unionId/plan',
    {
      schema: {
        tags,
        summary: 'Set the union’s standing monthly issuance',
        params: unionParam,
        body: planBody,
        response: { 200: issuanceOverviewSchema },
      },
    },
    (req) => setPlan(req.ctx, req.params.unionId, req.body),
  );
  r.get(
    '/api/points/reconcile',
    {
      schema: {
        tags,
        summary: 'Prove balance = sum of postings for every account in scope',
        response: { 200: reconcileView },
      },
    },
    (req) => reconcile(req.ctx),
  );
}
