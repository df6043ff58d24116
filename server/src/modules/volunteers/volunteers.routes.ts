import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkCodeParam } from '../../platform/check-codes.js';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam, okResponse, pageQuery } from '../../platform/schemas.js';
import { sendPicture } from '../files/files.images.js';
import {
  activitiesForMe,
  activityPoster,
  checkIn,
  checkOut,
  createActivity,
  listActivities,
  loadActivity,
  signUp,
} from './volunteers.activities.js';
import { issueHoursCertificate, myHoursCertificate, verifyHoursCertificate } from './volunteers.certificates.js';
import { activitySignups, confirmHours, myHours } from './volunteers.hours.js';
import { createItem, listItems, updateItem } from './volunteers.items.js';
import { addLogPhoto, listLogs, MAX_LOG_PHOTO_BYTES, writeLog } from './volunteers.logs.js';
import {
  addProofPhoto,
  assignOrder,
  cancelMyOrder,
  cancelOrder,
  confirmMyOrder,
  getOrder,
  listOrders,
  MAX_PROOF_PHOTO_BYTES,
  markDone,
  menu,
  myOrder,
  myOrders,
  placeOrder,
  takeOrder,
  volunteerOrders,
} from './volunteers.orders.js';
import { listRules, myRules, publishRule } from './volunteers.points.js';
import { presentActivity } from './volunteers.presenter.js';
import * as s from './volunteers.schemas.js';
import {
  createTeam,
  decideJoinRequest,
  getTeam,
  joinTeam,
  leaveTeam,
  listTeams,
  listVolunteers,
  myVolunteer,
  registerVolunteer,
  teamsForMe,
  updateTeam,
  withdrawVolunteer,
} from './volunteers.service.js';

const pictureParam = z.strictObject({ name: z.string().max(64) });
const logsQuery = z.strictObject({ ...pageQuery });
const pages = z.strictObject({ ...pageQuery });

export async function volunteerRoutes(app: FastifyInstance) {
  // Photos are the file's bytes; each route's limit is checked against Content-Length before anything is read.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: Math.max(MAX_LOG_PHOTO_BYTES, MAX_PROOF_PHOTO_BYTES) },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('volunteers');
  const photo = (summary: string, limit: number) => ({
    bodyLimit: limit,
    ...doc(summary, { params: idParam, ok: s.orderView }),
  });

  // ---- Me as a volunteer (member app) ----
  r.get(
    '/api/me/volunteer',
    doc('My volunteer registration and teams', { noStore: true, ok: s.myVolunteerResponse }),
    (req) => myVolunteer(req.ctx),
  );
  r.put(
    '/api/me/volunteer',
    doc('Register as a volunteer (我要做志愿), or update my registration', {
      body: s.volunteerBody,
      ok: s.myVolunteerResponse,
    }),
    (req) => registerVolunteer(req.ctx, req.body),
  );
  r.delete('/api/me/volunteer', doc('Stop volunteering (I leave my teams)', { ok: s.myVolunteerResponse }), (req) =>
    withdrawVolunteer(req.ctx),
  );
  r.get(
    '/api/me/volunteer/teams',
    doc('Teams of my union and the unions above it, with my place in each', {
      noStore: true,
      query: s.teamsQuery.omit({ unionId: true }),
      ok: s.myTeamsPage,
    }),
    (req) => teamsForMe(req.ctx, req.query),
  );
  r.post(
    '/api/me/volunteer/teams/:id/join',
    doc('Join a team (or ask to)', { params: idParam, ok: s.myVolunteerResponse }),
    (req) => joinTeam(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/volunteer/teams/:id/leave',
    doc('Leave a team', { params: idParam, ok: s.myVolunteerResponse }),
    (req) => leaveTeam(req.ctx, req.params.id),
  );
  r.get(
    '/api/me/volunteer/teams/:id/logs',
    doc('My team’s work log', { noStore: true, params: idParam, query: logsQuery, ok: s.logPage }),
    (req) => listLogs(req.ctx, { teamId: req.params.id, query: req.query, as: 'member' }),
  );
  r.post(
    '/api/me/volunteer/teams/:id/logs',
    doc('Write my team’s work log (the leader)', { params: idParam, body: s.logBody, ok: s.logView }),
    (req) => writeLog(req.ctx, { teamId: req.params.id, body: req.body, as: 'member' }),
  );
  r.post(
    '/api/me/volunteer/teams/:id/logs/:logId/photos',
    {
      bodyLimit: MAX_LOG_PHOTO_BYTES,
      ...doc('Add a photo to a log entry (JPEG or PNG, ≤ 5 MB, at most 3)', { params: s.logParams, ok: s.logView }),
    },
    (req) => addLogPhoto(req.ctx, { teamId: req.params.id, logId: req.params.logId, body: req.body }),
  );
  r.get(
    '/api/me/volunteer/orders',
    doc('Orders my teams can take (open), or have taken (mine)', {
      noStore: true,
      query: s.volunteerOrdersQuery,
      ok: s.orderPage,
    }),
    (req) => volunteerOrders(req.ctx, req.query),
  );
  r.post(
    '/api/me/volunteer/orders/:id/take',
    doc('Take an order for one of my teams (接单)', { params: idParam, body: s.takeBody, ok: s.orderView }),
    (req) => takeOrder(req.ctx, { id: req.params.id, teamId: req.body.teamId }),
  );
  r.post(
    '/api/me/volunteer/orders/:id/done',
    doc('Report an order of my team done', { params: idParam, body: s.doneBody, ok: s.orderView }),
    (req) => markDone(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/me/volunteer/orders/:id/photos',
    photo('Add a photo proving the service (JPEG or PNG, ≤ 5 MB, at most 3)', MAX_PROOF_PHOTO_BYTES),
    (req) => addProofPhoto(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/me/volunteer/rules',
    doc('The volunteer points rules in force for my union', { noStore: true, ok: s.myRulesResponse }),
    (req) => myRules(req.ctx),
  );

  // ---- Ordering a service (member or resident) ----
  r.get(
    '/api/me/service-items',
    doc('Services I can order (点单)', { noStore: true, query: s.menuQuery, ok: s.itemPage }),
    (req) => menu(req.ctx, req.query),
  );
  r.post('/api/me/service-orders', doc('Order a service', { body: s.orderBody, ok: s.orderView }), (req) =>
    placeOrder(req.ctx, req.body),
  );
  r.get('/api/me/service-orders', doc('My orders', { noStore: true, query: s.myOrdersQuery, ok: s.orderPage }), (req) =>
    myOrders(req.ctx, req.query),
  );
  r.get(
    '/api/me/service-orders/:id',
    doc('One of my orders, with its steps', { noStore: true, params: idParam, ok: s.orderDetail }),
    (req) => myOrder(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/service-orders/:id/cancel',
    doc('Cancel my order before a team takes it', { params: idParam, ok: s.orderDetail }),
    (req) => cancelMyOrder(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/service-orders/:id/confirm',
    doc('Confirm my order was served, and rate it', { params: idParam, body: s.confirmBody, ok: s.orderDetail }),
    (req) => confirmMyOrder(req.ctx, { id: req.params.id, body: req.body }),
  );

  // ---- Console ----
  r.get('/api/volunteers', doc('Volunteers of my subtree', { query: s.volunteersQuery, ok: s.volunteerPage }), (req) =>
    listVolunteers(req.ctx, req.query),
  );
  r.get('/api/volunteer-teams', doc('Volunteer teams of my subtree', { query: s.teamsQuery, ok: s.teamPage }), (req) =>
    listTeams(req.ctx, req.query),
  );
  r.post('/api/volunteer-teams', doc('Set up a volunteer team', { body: s.teamBody, ok: s.teamDetail }), (req) =>
    createTeam(req.ctx, req.body),
  );
  r.get(
    '/api/volunteer-teams/:id',
    doc('A team with its members and requests', { params: idParam, ok: s.teamDetail }),
    (req) => getTeam(req.ctx, req.params.id),
  );
  r.patch(
    '/api/volunteer-teams/:id',
    doc('Change a team (name, leader, joining, closing)', { params: idParam, body: s.teamPatch, ok: s.teamDetail }),
    (req) => updateTeam(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/volunteer-teams/:id/requests',
    doc('Approve or turn down a request to join', { params: idParam, body: s.teamRequestBody, ok: s.teamDetail }),
    (req) => decideJoinRequest(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/volunteer-teams/:id/logs',
    doc('A team’s work log', { params: idParam, query: logsQuery, ok: s.logPage }),
    (req) => listLogs(req.ctx, { teamId: req.params.id, query: req.query, as: 'admin' }),
  );
  r.post(
    '/api/volunteer-teams/:id/logs',
    doc('Write in a team’s work log', { params: idParam, body: s.logBody, ok: s.logView }),
    (req) => writeLog(req.ctx, { teamId: req.params.id, body: req.body, as: 'admin' }),
  );
  r.get('/api/service-items', doc('The service menus of my subtree', { query: s.itemsQuery, ok: s.itemPage }), (req) =>
    listItems(req.ctx, req.query),
  );
  r.post('/api/service-items', doc('Add a service to a union’s menu', { body: s.itemBody, ok: s.itemView }), (req) =>
    createItem(req.ctx, req.body),
  );
  r.patch(
    '/api/service-items/:id',
    doc('Change or retire a service', { params: idParam, body: s.itemPatch, ok: s.itemView }),
    (req) => updateItem(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/service-orders',
    doc('The order queue of my subtree, waiting ones first by deadline', { query: s.ordersQuery, ok: s.orderPage }),
    (req) => listOrders(req.ctx, req.query),
  );
  r.get('/api/service-orders/:id', doc('An order with its steps', { params: idParam, ok: s.orderDetail }), (req) =>
    getOrder(req.ctx, req.params.id),
  );
  r.post(
    '/api/service-orders/:id/assign',
    doc('Give a waiting order to a team', { params: idParam, body: s.takeBody, ok: s.orderDetail }),
    (req) => assignOrder(req.ctx, { id: req.params.id, teamId: req.body.teamId }),
  );
  r.post(
    '/api/service-orders/:id/cancel',
    doc('Cancel an order (the requester is told why)', { params: idParam, body: s.cancelBody, ok: s.orderDetail }),
    (req) => cancelOrder(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/volunteer-point-rules',
    doc('Volunteer points rules of my subtree, every version', { query: s.rulesQuery, ok: s.rulePage }),
    (req) => listRules(req.ctx, req.query),
  );
  r.post(
    '/api/volunteer-point-rules',
    doc('Publish a new version of a union’s volunteer points rules', { body: s.ruleBody, ok: s.ruleView }),
    (req) => publishRule(req.ctx, req.body),
  );

  // ---- Activities and hours ----
  r.get(
    '/api/me/volunteer/activities',
    doc('Activities I can sign up for, with my place in each', { noStore: true, query: pages, ok: s.myActivityPage }),
    (req) => activitiesForMe(req.ctx, req.query),
  );
  r.post(
    '/api/me/volunteer/activities/:id/signup',
    doc('Sign up for an activity', { params: idParam, ok: okResponse }),
    (req) => signUp(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/volunteer/activities/:id/checkin',
    doc('Check in by the poster at the place', { params: idParam, body: s.scanBody, ok: s.scanResult }),
    (req) => checkIn(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/me/volunteer/activities/:id/checkout',
    doc('Check out by the poster: the hours are the server’s', { params: idParam, body: s.scanBody, ok: s.scanResult }),
    (req) => checkOut(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.get(
    '/api/me/volunteer/hours',
    doc('My hours, and the confirmed total', { noStore: true, ok: s.myHoursResponse }),
    (req) => myHours(req.ctx),
  );
  r.post(
    '/api/me/volunteer/certificates',
    doc('A certificate of my confirmed hours, with a code anyone can check', { ok: s.hoursCertificateView }),
    (req) => issueHoursCertificate(req.ctx),
  );
  r.get(
    '/api/me/volunteer/certificates/:code',
    doc('My certificate of hours', { noStore: true, params: checkCodeParam, ok: s.hoursCertificateView }),
    (req) => myHoursCertificate(req.ctx, req.params.code),
  );
  r.get(
    '/api/volunteer-certificates/:code',
    doc('Check a printed certificate of hours (the name masked)', {
      params: checkCodeParam,
      ok: s.hoursCertificateView,
    }),
    (req) => verifyHoursCertificate(req.ctx, req.params.code),
  );
  r.get(
    '/api/volunteer-activities',
    doc('Volunteer activities of my subtree', { query: s.activitiesQuery, ok: s.activityPage }),
    (req) => listActivities(req.ctx, req.query),
  );
  r.post(
    '/api/volunteer-activities',
    doc('Set up a volunteer activity', { body: s.activityBody, ok: s.activityView }),
    (req) => createActivity(req.ctx, req.body),
  );
  r.get(
    '/api/volunteer-activities/:id',
    doc('A volunteer activity', { params: idParam, ok: s.activityView }),
    async (req) => presentActivity(await loadActivity(req.ctx, req.params.id)),
  );
  r.get(
    '/api/volunteer-activities/:id/poster',
    doc('The QR poster’s address for the place', { noStore: true, params: idParam, ok: s.activityPosterResponse }),
    (req) => activityPoster(req.ctx, req.params.id),
  );
  r.get(
    '/api/volunteer-activities/:id/signups',
    doc('Who signed up, with their check-in, check-out and hours', { params: idParam, ok: s.signupsResponse }),
    (req) => activitySignups(req.ctx, req.params.id),
  );
  r.post(
    '/api/volunteer-activities/:id/hours',
    doc('Confirm or reject checked-out hours (points follow)', {
      params: idParam,
      body: s.confirmHoursBody,
      ok: s.confirmHoursResult,
    }),
    (req) => confirmHours(req.ctx, { id: req.params.id, body: req.body }),
  );

  // ---- Photos (unguessable names, like every published picture) ----
  for (const folder of ['volunteer-logs', 'service-orders']) {
    r.get(
      `/media/${folder}/:name`,
      doc('A photo: cached for a year, byte ranges served', { params: pictureParam }),
      (req, reply) => sendPicture(req.ctx, { reply, folder, name: req.params.name, range: req.headers.range }),
    );
  }
}
