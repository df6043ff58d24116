import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { idParam } from '../../platform/schemas.js';
import { sendPicture } from '../files/files.images.js';
import { book, cancelBooking, decideBooking, myBookings, stationBookings } from './stations.bookings.js';
import { stationsPanel } from './stations.cockpit.js';
import { mapSettings, memberStation, nearby } from './stations.find.js';
import { ranking, stationScore } from './stations.index.js';
import { addPhoto, MAX_PHOTO_BYTES, makeCover, removePhoto } from './stations.photos.js';
import { closeReview, replyToReview, review, stationReviews } from './stations.reviews.js';
import { closeSlot, createRoom, listRooms, memberSlots, roomSlots } from './stations.rooms.js';
import * as s from './stations.schemas.js';
import {
  addAmenity,
  addManager,
  createStation,
  getStation,
  listAmenities,
  listStations,
  moveStation,
  poster,
  reissuePoster,
  removeManager,
  retireStation,
  updateStation,
} from './stations.service.js';
import { cardVisit, dailyVisits, memberVisit, myVisits, stationVisits } from './stations.visits.js';

export async function stationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('stations');

  // ---- The system portal and the manager's portal (console) ----
  r.get('/api/stations', doc('Stations I manage or operate', { query: s.stationsQuery, ok: s.stationPage }), (req) =>
    listStations(req.ctx, req.query),
  );
  r.post('/api/stations', doc('Add a station or venue', { body: s.stationBody, ok: s.stationView }), (req) =>
    createStation(req.ctx, req.body),
  );
  r.get(
    '/api/stations/index',
    doc('The pioneer index: stations ranked', { query: s.indexQuery, ok: s.scorePage }),
    (req) => ranking(req.ctx, req.query),
  );
  r.get(
    '/api/stations/cockpit',
    doc('The cockpit’s stations panel: the map by kind, visits per day, bookings, rating, the ranking', {
      query: s.cockpitQuery,
      ok: s.stationsPanelView,
    }),
    (req) => stationsPanel(req.ctx, req.query),
  );
  r.get('/api/stations/:id', doc('One station', { params: idParam, ok: s.stationView }), (req) =>
    getStation(req.ctx, req.params.id),
  );
  r.patch(
    '/api/stations/:id',
    doc('Edit a station', { params: idParam, body: s.stationPatch, ok: s.stationView }),
    (req) => updateStation(req.ctx, { id: req.params.id, patch: req.body }),
  );
  r.put(
    '/api/stations/:id/position',
    doc('Move a station (a movable one by its manager)', { params: idParam, body: s.positionBody, ok: s.stationView }),
    (req) => moveStation(req.ctx, { id: req.params.id, position: req.body }),
  );
  r.post('/api/stations/:id/retire', doc('Retire a station', { params: idParam, ok: s.stationView }), (req) =>
    retireStation(req.ctx, req.params.id),
  );
  r.post(
    '/api/stations/:id/managers',
    doc('Name a manager of a station', { params: idParam, body: s.managerBody, ok: s.stationView }),
    (req) => addManager(req.ctx, { id: req.params.id, ...req.body }),
  );
  r.delete(
    '/api/stations/:id/managers/:accountId',
    doc('Remove a manager of a station', { params: s.managerParams, ok: s.stationView }),
    (req) => removeManager(req.ctx, req.params),
  );
  r.get('/api/stations/:id/poster', doc('The QR poster’s code', { params: idParam, ok: s.posterResponse }), (req) =>
    poster(req.ctx, req.params.id),
  );
  r.post(
    '/api/stations/:id/poster/reissue',
    doc('Reissue the QR poster (the old one stops working)', { params: idParam, ok: s.posterResponse }),
    (req) => reissuePoster(req.ctx, req.params.id),
  );
  // A photo's body is its bytes; one byte over the limit is refused before it is read to the end.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES },
    (_req, body, done) => done(null, body),
  );
  r.post(
    '/api/stations/:id/photos',
    {
      bodyLimit: MAX_PHOTO_BYTES,
      ...doc('Add a photo (JPEG or PNG by content, ≤ 5 MB, at most 9; body = the bytes)', {
        params: idParam,
        ok: s.stationView,
      }),
    },
    (req) => addPhoto(req.ctx, { id: req.params.id, body: req.body }),
  );
  r.post(
    '/api/stations/:id/photos/:name/cover',
    doc('Make a photo the cover', { params: s.photoParams, ok: s.stationView }),
    (req) => makeCover(req.ctx, req.params),
  );
  r.delete(
    '/api/stations/:id/photos/:name',
    doc('Remove a photo', { params: s.photoParams, ok: s.stationView }),
    (req) => removePhoto(req.ctx, req.params),
  );
  r.get(
    '/media/stations/:name',
    doc('A station photo: cached for a year (its address never changes), byte ranges served', {
      params: s.photoFileParam,
    }),
    (req, reply) =>
      sendPicture(req.ctx, { reply, folder: 'stations', name: req.params.name, range: req.headers.range }),
  );
  r.get('/api/station-amenities', doc('Amenities stations can offer', { ok: s.amenitiesResponse }), (req) =>
    listAmenities(req.ctx),
  );
  r.post('/api/station-amenities', doc('Add an amenity', { body: s.amenityBody, ok: s.amenitiesResponse }), (req) =>
    addAmenity(req.ctx, req.body),
  );
  r.get(
    '/api/stations/:id/score',
    doc('A station’s pioneer index and how it was computed', { params: idParam, query: s.monthQuery, ok: s.scoreView }),
    (req) => stationScore(req.ctx, { id: req.params.id, ...req.query }),
  );
  // Visits, rooms, bookings and reviews of a station.
  r.post(
    '/api/stations/:id/visits',
    doc('Record a visit by scanning a member’s e-card', { params: idParam, body: s.cardVisitBody, ok: s.visitView }),
    (req) => cardVisit(req.ctx, { stationId: req.params.id, ...req.body }),
  );
  r.get(
    '/api/stations/:id/visits',
    doc('A station’s visits', { params: idParam, query: s.visitsQuery, ok: s.visitPage }),
    (req) => stationVisits(req.ctx, { stationId: req.params.id, ...req.query }),
  );
  r.get(
    '/api/stations/:id/visits/daily',
    doc('A station’s visits per day', { params: idParam, query: s.dailyQuery, ok: s.dailyResponse }),
    (req) => dailyVisits(req.ctx, { stationId: req.params.id, ...req.query }),
  );
  r.get('/api/stations/:id/rooms', doc('A station’s rooms', { params: idParam, ok: s.roomsResponse }), (req) =>
    listRooms(req.ctx, req.params.id),
  );
  r.post(
    '/api/stations/:id/rooms',
    doc('Add a bookable room or court', { params: idParam, body: s.roomBody, ok: s.roomView }),
    (req) => createRoom(req.ctx, { stationId: req.params.id, ...req.body }),
  );
  r.get(
    '/api/station-rooms/:id/slots',
    doc('A room’s slots of one day', { params: idParam, query: s.slotsQuery, ok: s.slotsResponse }),
    (req) => roomSlots(req.ctx, { roomId: req.params.id, ...req.query }),
  );
  r.post('/api/room-slots/:id/close', doc('Close a slot', { params: idParam, ok: s.roomSlotView }), (req) =>
    closeSlot(req.ctx, req.params.id),
  );
  r.get(
    '/api/stations/:id/bookings',
    doc('A station’s bookings', { params: idParam, query: s.bookingsQuery, ok: s.roomBookingPage }),
    (req) => stationBookings(req.ctx, { stationId: req.params.id, ...req.query }),
  );
  r.post(
    '/api/room-bookings/:id/approve',
    doc('Approve a booking', { params: idParam, ok: s.roomBookingView }),
    (req) => decideBooking(req.ctx, { id: req.params.id, decision: 'approve' }),
  );
  r.post(
    '/api/room-bookings/:id/reject',
    doc('Reject a booking (the place is freed)', { params: idParam, body: s.rejectBody, ok: s.roomBookingView }),
    (req) => decideBooking(req.ctx, { id: req.params.id, decision: 'reject', reason: req.body.reason }),
  );
  r.post(
    '/api/room-bookings/:id/check-in',
    doc('Check a booking in at the desk', { params: idParam, ok: s.roomBookingView }),
    (req) => decideBooking(req.ctx, { id: req.params.id, decision: 'checkIn' }),
  );
  r.get(
    '/api/stations/:id/reviews',
    doc('A station’s reviews', { params: idParam, query: s.reviewsQuery, ok: s.reviewPage }),
    (req) => stationReviews(req.ctx, { stationId: req.params.id, ...req.query }),
  );
  r.post(
    '/api/station-reviews/:id/reply',
    doc('Reply to a review', { params: idParam, body: s.replyBody, ok: s.reviewView }),
    (req) => replyToReview(req.ctx, { id: req.params.id, ...req.body }),
  );
  r.post('/api/station-reviews/:id/close', doc('Close a review', { params: idParam, ok: s.reviewView }), (req) =>
    closeReview(req.ctx, req.params.id),
  );

  // ---- Members (anyone may find a station; visiting, booking and reviewing are for members) ----
  r.get('/api/public/map-settings', doc('The map tiles the member app draws', { ok: s.mapSettingsView }), (req) =>
    mapSettings(req.ctx),
  );
  r.get(
    '/api/public/stations/nearby',
    doc('The nearest stations', { query: s.nearbyQuery, ok: s.nearbyResponse }),
    (req) => nearby(req.ctx, req.query),
  );
  r.get(
    '/api/public/stations/:id',
    doc('A station’s page', { params: idParam, query: s.nearbyStationQuery, ok: s.memberStationView }),
    (req) => memberStation(req.ctx, { id: req.params.id, ...req.query }),
  );
  r.post(
    '/api/me/stations/:id/visits',
    doc('Record my visit from the station’s QR poster', { params: idParam, body: s.memberVisitBody, ok: s.visitView }),
    (req) => memberVisit(req.ctx, { stationId: req.params.id, ...req.body }),
  );
  r.get('/api/me/station-visits', doc('My visits', { query: s.visitsQuery, ok: s.visitPage }), (req) =>
    myVisits(req.ctx, req.query),
  );
  r.get(
    '/api/me/station-rooms/:id/slots',
    doc('A room’s slots of one day', { params: idParam, query: s.slotsQuery, ok: s.slotsResponse }),
    (req) => memberSlots(req.ctx, { roomId: req.params.id, ...req.query }),
  );
  r.post(
    '/api/me/room-bookings',
    { config: { authNeutral: true }, ...doc('Book a slot', { body: s.bookingBody, ok: s.roomBookingView }) },
    (req) => book(req.ctx, req.body),
  );
  r.get('/api/me/room-bookings', doc('My bookings', { query: s.bookingsQuery, ok: s.roomBookingPage }), (req) =>
    myBookings(req.ctx, req.query),
  );
  r.post(
    '/api/me/room-bookings/:id/cancel',
    doc('Cancel my booking', { params: idParam, ok: s.roomBookingView }),
    (req) => cancelBooking(req.ctx, req.params.id),
  );
  r.post(
    '/api/me/station-reviews',
    doc('Review a visit or a booking', { body: s.reviewBody, ok: s.reviewView }),
    (req) => review(req.ctx, req.body),
  );
}
