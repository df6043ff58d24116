import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf } from '../../platform/schemas.js';
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
  const doc = routeDoc('vouchers');
  r.get('/api/me/vouchers', doc('My wallet', { noStore: true, query: walletQuery, ok: itemsOf(walletItem) }), (req) =>
    wallet(req.ctx, req.query.status),
  );
  r.get('/api/merchants', doc('Merchants I can attach offers to', { ok: itemsOf(merchantView) }), (req) =>
    listMerchants(req.ctx),
  );
  r.post('/api/merchants', doc('Add a merchant', { body: merchantBody, ok: merchantView }), (req) =>
    createMerchant(req.ctx, req.body),
  );
  r.patch(
    '/api/merchants/:id',
    doc('Edit or deactivate a merchant', { params: idParam, body: merchantPatch, ok: merchantView }),
    (req) => updateMerchant(req.ctx, { id: req.params.id, patch: req.body }),
  );
  r.get(
    '/api/budgets/:unionId/:year',
    doc('A union’s voucher budget for a year', { params: budgetParams, ok: budgetView }),
    (req) => getBudget(req.ctx, { unionId: req.params.unionId, year: req.params.year }),
  );
  r.put(
    '/api/budgets/:unionId/:year',
    doc('Set a union’s voucher budget for a year', { params: budgetParams, body: budgetBody, ok: budgetView }),
    (req) => setBudget(req.ctx, { unionId: req.params.unionId, year: req.params.year, amountFen: req.body.amountFen }),
  );
  r.post(
    '/api/merchant/verify',
    doc('Check a voucher at the till without redeeming it', { body: codeBody, ok: redemptionView }),
    (req) => verifyVoucher(req.ctx, req.body.code),
  );
  r.post('/api/merchant/redeem', doc('Redeem a voucher (once only)', { body: codeBody, ok: redemptionView }), (req) =>
    redeemVoucher(req.ctx, req.body.code),
  );
  r.get(
    '/api/merchant/redemptions',
    doc('This merchant’s recent redemptions', { ok: itemsOf(redemptionView) }),
    (req) => recentRedemptions(req.ctx),
  );
}
