import type zh from './audit.zh-CN';

const messages: Record<keyof typeof zh, string> = {
  'audit.action.station.create': 'added a station or venue',
  'audit.action.station.update': 'edited a station',
  'audit.action.station.move': 'moved a movable station',
  'audit.action.station.move.flagged': 'moved a station (too fast to be true: flagged for a look)',
  'audit.action.station.retire': 'retired a station',
  'audit.action.station.manager.add': 'named a station manager',
  'audit.action.station.manager.remove': 'removed a station manager',
  'audit.action.station.poster.reissue': 'reissued a station’s QR poster',
  'audit.action.station.photo.add': 'added a photo of a station',
  'audit.action.station.photo.cover': 'chose a station’s cover photo',
  'audit.action.station.photo.remove': 'removed a photo of a station',
  'audit.action.station.amenity.add': 'added a station amenity',
  'audit.action.station.visit.card': 'recorded a visit by scanning an e-card',
  'audit.action.station.room.create': 'added a bookable room',
  'audit.action.station.slot.close': 'closed a booking slot',
  'audit.action.station.booking.create': 'booked a room',
  'audit.action.station.booking.approve': 'approved a room booking',
  'audit.action.station.booking.reject': 'rejected a room booking',
  'audit.action.station.booking.check_in': 'checked a room booking in',
  'audit.action.station.review.reply': 'replied to a station review',
  'audit.action.station.review.close': 'closed a station review',
};
export default messages;
