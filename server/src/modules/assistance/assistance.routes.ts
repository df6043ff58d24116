import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { noStore } from '../../platform/http.js';
import { idParam } from '../../platform/schemas.js';
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
  const tags = ['assistance'];
  const view = { 200: aidApplicationView };
  // ---- Member ----
  r.post(
    '/api/me/assistance',
    {
      schema: {
        tags,
        summary: 'Apply for hardship assistance (needs separate consent)',
        body: applyBody,
        response: view,
      },
    },
    (req) => applyAsMember(req.ctx, req.body),
  );
  r.get(
    '/api/me/assistance',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'My assistance applications',
        response: { 200: z.object({ items: z.array(applicationSummary) }) },
      },
    },
    (req) => myApplications(req.ctx),
  );
  r.post(
    '/api/me/assistance/:id/withdraw',
    { schema: { tags, summary: 'Withdraw my open application', params: idParam, response: view } },
    (req) => withdrawApplication(req.ctx, req.params.id),
  );
  // ---- Both (the policy decides) ----
  r.get(
    '/api/assistance/:id',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'One application; officers add reveal=true (audited) for health, income and medical data',
        params: idParam,
        querystring: z.strictObject({ reveal: z.enum(['true', 'false']).optional() }),
        response: view,
      },
    },
    (req) => getApplication(req.ctx, req.params.id, req.query.reveal === 'true'),
  );
  r.put(
    '/api/assistance/:id',
    {
      schema: {
        tags,
        summary: 'Correct a submitted application (the profile is computed again)',
        params: idParam,
        body: updateBody,
        response: view,
      },
    },
    (req) => updateApplication(req.ctx, req.params.id, req.body),
  );
  // ---- Officers ----
  r.get(
    '/api/assistance',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Applications in my subtree',
        querystring: listQuery,
        response: { 200: aidApplicationPage },
      },
    },
    (req) => listApplications(req.ctx, req.query),
  );
  r.post(
    '/api/assistance/search',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Applications in my subtree, searched by a body that may hold a whole phone or ID number',
        body: listQuery,
        response: { 200: aidApplicationPage },
      },
    },
    (req) => listApplications(req.ctx, req.body),
  );
  r.get(
    '/api/assistance/export.csv',
    {
      schema: {
        tags,
        summary: 'Export the list (never health, income or medical data)',
        response: { 200: z.string() },
      },
    },
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
    { schema: { tags, summary: 'Enter an application for a member or a worker', body: enterBody, response: view } },
    (req) => enterApplication(req.ctx, req.body),
  );
  r.get(
    '/api/assistance/:id/history',
    {
      ...noStore,
      schema: {
        tags,
        summary: "The household's archive",
        params: idParam,
        response: { 200: z.object({ items: z.array(applicationSummary) }) },
      },
    },
    (req) => householdHistory(req.ctx, req.params.id),
  );
  r.get(
    '/api/assistance/:id/recommendations',
    {
      ...noStore,
      schema: { tags, summary: 'Help matching the profile', params: idParam, response: { 200: recommendationView } },
    },
    (req) => recommendations(req.ctx, req.params.id),
  );
  r.post(
    '/api/assistance/:id/propose',
    {
      schema: {
        tags,
        summary: 'Propose an amount (approved at once within the base union’s authority)',
        params: idParam,
        body: proposeBody,
        response: view,
      },
    },
    (req) => proposeAmount(req.ctx, req.params.id, req.body.amountFen, req.body.note ?? null),
  );
  r.post(
    '/api/assistance/:id/approve',
    {
      schema: {
        tags,
        summary: 'Federation approval above the threshold',
        params: idParam,
        body: approveBody,
        response: view,
      },
    },
    (req) => approveApplication(req.ctx, req.params.id, req.body.amountFen, req.body.note ?? null),
  );
  r.post(
    '/api/assistance/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Refuse, with the reason the applicant sees',
        params: idParam,
        body: refuseBody,
        response: view,
      },
    },
    (req) => refuseApplication(req.ctx, req.params.id, req.body.reason),
  );
  r.post(
    '/api/assistance/:id/disbursements',
    { schema: { tags, summary: 'Record a payment', params: idParam, body: disburseBody, response: view } },
    (req) => disburse(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/assistance/:id/help',
    {
      schema: {
        tags,
        summary: 'Record help given (job, material aid, ...)',
        params: idParam,
        body: helpBody,
        response: view,
      },
    },
    (req) => recordHelp(req.ctx, req.params.id, req.body),
  );
  r.post(
    '/api/assistance/:id/reverify',
    {
      schema: {
        tags,
        summary: 'Confirm the yearly re-verification',
        params: idParam,
        body: reverifyBody,
        response: view,
      },
    },
    (req) => reverify(req.ctx, req.params.id, req.body.note),
  );
  r.get(
    '/api/assistance/:id/reviewers',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Who may be assigned to review the case (assistance officers of its union and above)',
        params: idParam,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                username: z.string(),
                displayName: z.string(),
                unionName: z.string(),
              }),
            ),
          }),
        },
      },
    },
    (req) => reviewerCandidates(req.ctx, req.params.id),
  );
  r.put(
    '/api/assistance/:id/reviewer',
    {
      schema: {
        tags,
        summary: 'Assign the reviewer: the one officer who sees the case’s health, income and medical data',
        params: idParam,
        body: z.strictObject({ accountId: z.number().int().positive() }),
        response: view,
      },
    },
    (req) => assignReviewer(req.ctx, req.params.id, req.body.accountId),
  );
  r.get(
    '/api/assistance-rules',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Rule versions, newest first',
        response: { 200: z.object({ items: z.array(ruleSetView) }) },
      },
    },
    (req) => listRuleSets(req.ctx),
  );
  r.post(
    '/api/assistance-rules',
    { schema: { tags, summary: 'Publish a new rule version', body: newRuleSetBody, response: { 200: ruleSetView } } },
    (req) => publishRuleSet(req.ctx, req.body.config, req.body.note),
  );
  r.get(
    '/api/assistance-programs',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Help programs in my subtree',
        response: { 200: z.object({ items: z.array(programView) }) },
      },
    },
    (req) => listPrograms(req.ctx),
  );
  r.post(
    '/api/assistance-programs',
    { schema: { tags, summary: 'Add a help program', body: programBody, response: { 200: programView } } },
    (req) => saveProgram(req.ctx, null, req.body),
  );
  r.put(
    '/api/assistance-programs/:id',
    {
      schema: {
        tags,
        summary: 'Change a help program',
        params: idParam,
        body: programBody,
        response: { 200: programView },
      },
    },
    (req) => saveProgram(req.ctx, req.params.id, req.body),
  );
  r.get(
    '/api/assistance-budgets',
    {
      ...noStore,
      schema: {
        tags,
        summary: 'Budgets in my subtree',
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: z.object({ items: z.array(aidBudgetView) }) },
      },
    },
    (req) => listBudgets(req.ctx, req.query.year),
  );
  r.put(
    '/api/assistance-budgets',
    { schema: { tags, summary: "Set a union's yearly budget", body: budgetBody, response: { 200: aidBudgetView } } },
    (req) => setBudget(req.ctx, req.body),
  );
}
