import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, itemsOf } from '../../platform/schemas.js';
import { applyAsMember, enterApplication, updateApplication, withdrawApplication } from './assistance.apply.js';
import {
  approveApplication,
  disburse,
  proposeAmount,
  recordHelp,
  refuseApplication,
  reverify,
} from './assistance.decide.js';
import { exportApplications } from './assistance.export.js';
import { listBudgets, listPrograms, saveProgram, setBudget } from './assistance.programs.js';
import { assignReviewer, reviewerCandidates } from './assistance.reviewer.js';
import { listRuleSets, publishRuleSet } from './assistance.rules.js';
import {
  aidApplicationPage,
  aidApplicationView,
  aidBudgetView,
  applicationSummary,
  applyBody,
  approveBody,
  budgetBody,
  disburseBody,
  enterBody,
  helpBody,
  listQuery,
  newRuleSetBody,
  programBody,
  programView,
  proposeBody,
  recommendationView,
  refuseBody,
  reverifyBody,
  ruleSetView,
  updateBody,
} from './assistance.schemas.js';
import {
  getApplication,
  householdHistory,
  listApplications,
  myApplications,
  recommendations,
} from './assistance.service.js';

export async function assistanceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('assistance');
  const view = { 200: aidApplicationView };
  // ---- Member ----
  r.post(
    '/api/me/assistance',
    doc('Apply for hardship assistance (needs separate consent)', { body: applyBody, response: view }),
    (req) => applyAsMember(req.ctx, req.body),
  );
  r.get(
    '/api/me/assistance',
    doc('My assistance applications', { noStore: true, ok: itemsOf(applicationSummary) }),
    (req) => myApplications(req.ctx),
  );
  r.post(
    '/api/me/assistance/:id/withdraw',
    doc('Withdraw my open application', { params: idParam, response: view }),
    (req) => withdrawApplication(req.ctx, req.params.id),
  );
  // ---- Both (the policy decides) ----
  r.get(
    '/api/assistance/:id',
    doc('One application; officers add reveal=true (audited) for health, income and medical data', {
      noStore: true,
      params: idParam,
      query: z.strictObject({ reveal: z.enum(['true', 'false']).optional() }),
      response: view,
    }),
    (req) => getApplication(req.ctx, { id: req.params.id, reveal: req.query.reveal === 'true' }),
  );
  r.put(
    '/api/assistance/:id',
    doc('Correct a submitted application (the profile is computed again)', {
      params: idParam,
      body: updateBody,
      response: view,
    }),
    (req) => updateApplication(req.ctx, { id: req.params.id, input: req.body }),
  );
  // ---- Officers ----
  r.get(
    '/api/assistance',
    doc('Applications in my subtree', { noStore: true, query: listQuery, ok: aidApplicationPage }),
    (req) => listApplications(req.ctx, req.query),
  );
  r.post(
    '/api/assistance/search',
    doc('Applications in my subtree, searched by a body that may hold a whole phone or ID number', {
      noStore: true,
      body: listQuery,
      ok: aidApplicationPage,
    }),
    (req) => listApplications(req.ctx, req.body),
  );
  r.get(
    '/api/assistance/export.csv',
    doc('Export the list (never health, income or medical data)', { ok: z.string() }),
    async (req, reply) => {
      const body = await exportApplications(req.ctx);
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="assistance.csv"; filename*=UTF-8''${encodeURIComponent('帮扶台账.csv')}`,
        );
      return body;
    },
  );
  r.post(
    '/api/assistance',
    doc('Enter an application for a member or a worker', { body: enterBody, response: view }),
    (req) => enterApplication(req.ctx, req.body),
  );
  r.get(
    '/api/assistance/:id/history',
    doc("The household's archive", { noStore: true, params: idParam, ok: itemsOf(applicationSummary) }),
    (req) => householdHistory(req.ctx, req.params.id),
  );
  r.get(
    '/api/assistance/:id/recommendations',
    doc('Help matching the profile', { noStore: true, params: idParam, ok: recommendationView }),
    (req) => recommendations(req.ctx, req.params.id),
  );
  r.post(
    '/api/assistance/:id/propose',
    doc('Propose an amount (approved at once within the base union’s authority)', {
      params: idParam,
      body: proposeBody,
      response: view,
    }),
    (req) => proposeAmount(req.ctx, { id: req.params.id, amountFen: req.body.amountFen, note: req.body.note ?? null }),
  );
  r.post(
    '/api/assistance/:id/approve',
    doc('Federation approval above the threshold', { params: idParam, body: approveBody, response: view }),
    (req) =>
      approveApplication(req.ctx, { id: req.params.id, amountFen: req.body.amountFen, note: req.body.note ?? null }),
  );
  r.post(
    '/api/assistance/:id/refuse',
    doc('Refuse, with the reason the applicant sees', { params: idParam, body: refuseBody, response: view }),
    (req) => refuseApplication(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
  r.post(
    '/api/assistance/:id/disbursements',
    doc('Record a payment', { params: idParam, body: disburseBody, response: view }),
    (req) => disburse(req.ctx, { id: req.params.id, input: req.body }),
  );
  r.post(
    '/api/assistance/:id/help',
    doc('Record help given (job, material aid, ...)', { params: idParam, body: helpBody, response: view }),
    (req) => recordHelp(req.ctx, { id: req.params.id, input: req.body }),
  );
  r.post(
    '/api/assistance/:id/reverify',
    doc('Confirm the yearly re-verification', { params: idParam, body: reverifyBody, response: view }),
    (req) => reverify(req.ctx, { id: req.params.id, note: req.body.note }),
  );
  r.get(
    '/api/assistance/:id/reviewers',
    doc('Who may be assigned to review the case (assistance officers of its union and above)', {
      noStore: true,
      params: idParam,
      ok: z.object({
        items: z.array(
          z.object({
            id: z.number().int(),
            username: z.string(),
            displayName: z.string(),
            unionName: z.string(),
          }),
        ),
      }),
    }),
    (req) => reviewerCandidates(req.ctx, req.params.id),
  );
  r.put(
    '/api/assistance/:id/reviewer',
    doc('Assign the reviewer: the one officer who sees the case’s health, income and medical data', {
      params: idParam,
      body: z.strictObject({ accountId: z.number().int().positive() }),
      response: view,
    }),
    (req) => assignReviewer(req.ctx, { id: req.params.id, accountId: req.body.accountId }),
  );
  r.get(
    '/api/assistance-rules',
    doc('Rule versions, newest first', { noStore: true, ok: itemsOf(ruleSetView) }),
    (req) => listRuleSets(req.ctx),
  );
  r.post('/api/assistance-rules', doc('Publish a new rule version', { body: newRuleSetBody, ok: ruleSetView }), (req) =>
    publishRuleSet(req.ctx, { config: req.body.config, note: req.body.note }),
  );
  r.get(
    '/api/assistance-programs',
    doc('Help programs in my subtree', { noStore: true, ok: itemsOf(programView) }),
    (req) => listPrograms(req.ctx),
  );
  r.post('/api/assistance-programs', doc('Add a help program', { body: programBody, ok: programView }), (req) =>
    saveProgram(req.ctx, { id: null, input: req.body }),
  );
  r.put(
    '/api/assistance-programs/:id',
    doc('Change a help program', { params: idParam, body: programBody, ok: programView }),
    (req) => saveProgram(req.ctx, { id: req.params.id, input: req.body }),
  );
  r.get(
    '/api/assistance-budgets',
    doc('Budgets in my subtree', {
      noStore: true,
      query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      ok: itemsOf(aidBudgetView),
    }),
    (req) => listBudgets(req.ctx, req.query.year),
  );
  r.put('/api/assistance-budgets', doc("Set a union's yearly budget", { body: budgetBody, ok: aidBudgetView }), (req) =>
    setBudget(req.ctx, req.body),
  );
}
