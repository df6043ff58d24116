import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, pageQuery } from '../../platform/schemas.js';
import { listApplications, moveApplication } from './jobs.applications.js';
import {
  addBooth,
  cancelFair,
  createFair,
  getFair,
  listFairs,
  memberFair,
  registerForFair,
  removeBooth,
  unregisterFromFair,
  upcomingFairs,
} from './jobs.fairs.js';
import { mySeeker, setSeeker } from './jobs.matching.js';
import * as s from './jobs.schemas.js';
import { apply, memberJob, myApplications, searchJobs, suggestedJobs, withdrawApplication } from './jobs.search.js';
import { checkWording, closeJob, getJob, listJobs, postJob, reviewJob } from './jobs.service.js';
import { gigBoard, listWalkins, registerWalkin } from './jobs.stations.js';

const pages = z.strictObject({ ...pageQuery });

export async function jobRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('jobs');

  // ---- Members ----
  r.get(
    '/api/me/jobs',
    doc('Open jobs: by words, kind, pay, and near a point', {
      noStore: true,
      query: s.searchQuery,
      ok: s.memberJobPage,
    }),
    (req) => searchJobs(req.ctx, req.query),
  );
  r.get(
    '/api/me/jobs/suggested',
    doc('Jobs suggested to me, each with why', { noStore: true, query: pages, ok: s.memberJobPage }),
    (req) => suggestedJobs(req.ctx, req.query),
  );
  r.get(
    '/api/me/jobs/:id',
    doc('One open job (or one I applied to)', { noStore: true, params: idParam, ok: s.memberJobView }),
    (req) => memberJob(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/jobs/:id/apply',
    doc('Apply with a short profile', { params: idParam, body: s.applyBody, ok: s.memberJobView }),
    (req) => apply(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/me/job-applications',
    doc('My applications', { noStore: true, query: pages, ok: s.jobApplicationPage }),
    (req) => myApplications(req.ctx, req.query),
  );
  r.post(
    '/api/me/job-applications/:id/withdraw',
    doc('Withdraw my application', { params: idParam, ok: s.jobApplicationView }),
    (req) => withdrawApplication(req.ctx, req.params.id),
  );
  r.get(
    '/api/me/job-seeker',
    doc('Whether I am sent jobs, and what I look for', { noStore: true, ok: s.mySeekerResponse }),
    (req) => mySeeker(req.ctx),
  );
  r.put(
    '/api/me/job-seeker',
    doc('Agree to be sent jobs (or withdraw that), and what I look for', {
      body: s.seekerBody,
      ok: s.mySeekerResponse,
    }),
    (req) => setSeeker(req.ctx, req.body),
  );

  // ---- 零工驿站 ----
  r.get(
    '/api/gig-boards/:id',
    doc('A station’s open gigs today (its public board)', { params: idParam, ok: s.gigBoardResponse }),
    (req) => gigBoard(req.ctx, req.params.id),
  );
  r.post(
    '/api/gig-walkins',
    doc('Register a walk-in worker at a station (with their consent to be texted)', {
      body: s.walkinBody,
      ok: s.walkinResult,
    }),
    (req) => registerWalkin(req.ctx, req.body),
  );
  r.get(
    '/api/gig-walkins',
    doc('A station’s walk-in registrations (phones masked)', { query: s.walkinsQuery, ok: s.walkinsResponse }),
    (req) => listWalkins(req.ctx, req.query.stationId),
  );

  // ---- Console ----
  r.get('/api/jobs', doc('Jobs of my subtree, those to review first', { query: s.jobsQuery, ok: s.jobPage }), (req) =>
    listJobs(req.ctx, req.query),
  );
  r.post('/api/jobs', doc('Post a job (a second cadre reviews it)', { body: s.jobBody, ok: s.jobView }), (req) =>
    postJob(req.ctx, req.body),
  );
  r.get(
    '/api/jobs/wording',
    doc('Requirements the law forbids, found in a posting’s text', { query: s.wordingQuery, ok: s.wordingResult }),
    (req) => checkWording(req.ctx, req.query.text),
  );
  r.get('/api/jobs/:id', doc('A job', { params: idParam, ok: s.jobView }), (req) => getJob(req.ctx, req.params.id));
  r.post(
    '/api/jobs/:id/review',
    doc('Approve (publish) or reject a job', { params: idParam, body: s.reviewBody, ok: s.jobView }),
    (req) => reviewJob(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post('/api/jobs/:id/close', doc('Close a job to applications', { params: idParam, ok: s.jobView }), (req) =>
    closeJob(req.ctx, req.params.id),
  );
  r.get(
    '/api/jobs/:id/applications',
    doc('A job’s applicants', { params: s.jobApplicationsParams, query: pages, ok: s.jobApplicationDetailPage }),
    (req) => listApplications(req.ctx, { jobId: req.params.id, query: req.query }),
  );
  r.post(
    '/api/job-applications/:id/move',
    doc('Invite to an interview, hire or turn down (the member is told)', {
      params: idParam,
      body: s.moveBody,
      ok: s.jobApplicationDetail,
    }),
    (req) => moveApplication(req.ctx, { id: req.params.id, body: req.body }),
  );

  // ---- Job fairs ----
  r.get(
    '/api/me/job-fairs',
    doc('Job fairs not yet over, soonest first', { noStore: true, query: pages, ok: s.memberJobFairPage }),
    (req) => upcomingFairs(req.ctx, req.query),
  );
  r.get(
    '/api/me/job-fairs/:id',
    doc('A job fair: its booths and their open jobs', { noStore: true, params: idParam, ok: s.memberJobFairDetail }),
    (req) => memberFair(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/job-fairs/:id/register',
    doc('Register to come to a job fair', { params: idParam, ok: s.memberJobFairDetail }),
    (req) => registerForFair(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/job-fairs/:id/unregister',
    doc('No longer coming to a job fair', { params: idParam, ok: s.memberJobFairDetail }),
    (req) => unregisterFromFair(req.ctx, req.params.id),
  );
  r.get('/api/job-fairs', doc('Job fairs of my subtree', { query: s.jobFairsQuery, ok: s.jobFairPage }), (req) =>
    listFairs(req.ctx, req.query),
  );
  r.post('/api/job-fairs', doc('Set up a job fair', { body: s.jobFairBody, ok: s.jobFairDetail }), (req) =>
    createFair(req.ctx, req.body),
  );
  r.get('/api/job-fairs/:id', doc('A job fair with its booths', { params: idParam, ok: s.jobFairDetail }), (req) =>
    getFair(req.ctx, req.params.id),
  );
  r.post(
    '/api/job-fairs/:id/booths',
    doc('Give an employer a booth', { params: idParam, body: s.jobFairBoothBody, ok: s.jobFairDetail }),
    (req) => addBooth(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.delete(
    '/api/job-fairs/:id/booths/:boothId',
    doc('Take a booth away', { params: s.jobFairBoothParams, ok: s.jobFairDetail }),
    (req) => removeBooth(req.ctx, req.params),
  );
  r.post(
    '/api/job-fairs/:id/cancel',
    doc('Cancel a job fair (those registered are told)', {
      params: idParam,
      body: s.jobFairCancelBody,
      ok: s.jobFairDetail,
    }),
    (req) => cancelFair(req.ctx, { id: req.params.id, reason: req.body.reason }),
  );
}
