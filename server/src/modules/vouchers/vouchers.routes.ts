import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { idParam } from '../../platform/schemas.js';
import {
  budgetBody,
  budgetParams,
  budgetView,
  codeBody,
  merchantBody,
  merchantPatch,
  merchantView,
  redemptionView,
  walletItem,
  walletQuery,
} from './vouchers.schemas.js';
import {
  createMerchant,
  getBudget,
  listMerchants,
  recentRedemptions,
  redeemVoucher,
  setBudget,
  updateMerchant,
  verifyVoucher,
  wallet,
} from './vouchers.service.js';

export async function voucherRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['vouchers'];
  r.get(
    '/api/me/vouchers',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'My wallet',
        querystring: walletQuery,
        response: { 200: z.object({ items: z.array(walletItem) }) },
      },
    },
    (req) => wallet(req.ctx, req.query.status),
  );
  r.get(
    '/api/merchants',
    {
      schema: {
        tags,
        summary: 'Merchants I can attach offers to',
        response: { 200: z.object({ items: z.array(merchantView) }) },
      },
    },
    (req) => listMerchants(req.ctx),
  );
  r.post(
    '/api/merchants',
    { schema: { tags, summary: 'Add a merchant', body: merchantBody, response: { 200: merchantView } } },
    (req) => createMerchant(req.ctx, req.body),
  );
  r.patch(
    '/api/merchants/:id',
    {
      schema: {
        tags,
        summary: 'Edit or deactivate a merchant',
        params: idParam,
        body: merchantPatch,
        response: { 200: merchantView },
      },
    },
    (req) => updateMerchant(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/budgets/:unionId/:year',
    {
      schema: {
        tags,
        summary: 'A union’s voucher budget for a year',
        params: budgetParams,
        response: { 200: budgetView },
      },
    },
    (req) => getBudget(req.ctx, req.params.unionId, req.params.year),
  );
  r.put(
    '/api/budgets/:unionId/:year',
    {
      schema: {
        tags,
        summary: 'Set a union’s voucher budget for a year',
        params: budgetParams,
        body: budgetBody,
        response: { 200: budgetView },
      },
    },
    (req) => setBudget(req.ctx, req.params.unionId, req.params.year, req.body.amountFen),
  );
  r.post(
    '/api/merchant/verify',
    {
      schema: {
        tags,
        summary: 'Check a voucher at the till without redeeming it',
        body: codeBody,
        response: { 200: redemptionView },
      },
    },
    (req) => verifyVoucher(req.ctx, req.body.code),
  );
  r.post(
    '/api/merchant/redeem',
    { schema: { tags, summary: 'Redeem a voucher (once only)', body: codeBody, response: { 200: redemptionView } } },
    (req) => redeemVoucher(req.ctx, req.body.code),
  );
  r.get(
    '/api/merchant/redemptions',
    {
      schema: {
        tags,
        summary: 'This merchant’s recent redemptions',
        response: { 200: z.object({ items: z.array(redemptionView) }) },
      },
    },
    (req) => recentRedemptions(req.ctx),
  );
}
