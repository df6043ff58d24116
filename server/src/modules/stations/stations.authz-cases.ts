// Who may call the stations module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, PUBLIC_OK, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';
import { signCardToken } from '../cards/cards.service.js';
import { signStationToken } from './stations.qr.js';

const MEMBER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };
const HOURS = JSON.stringify({ allDay: true, weekly: [], holidays: 'open' });

/** An active station of U1 (round the clock, with charging). */
async function station(f: Fixture): Promise<number> {
  const [s] = await f.t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
      lat, lng, hours, amenities)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, 'rest', ${`矩阵驿站${unique()}`}, '矩阵路1号', 29.03, 119.17,
      ${HOURS}::jsonb, '{charging}')
    returning id`);
  return Number(s?.id);
}

/** A room of a fresh U1 station and one slot of it, released, on a day of its own (the member's never overlap). */
async function slot(f: Fixture): Promise<{ stationId: number; roomId: number; slotId: number }> {
  const stationId = await station(f);
  const days = `${unique()} days`;
  const [r] = await f.t.db.query<{ id: number }>(sql`insert into station_rooms (station_id, name, capacity,
      slot_minutes, weekdays, day_opens, day_closes, horizon_days)
    values (${stationId}, '矩阵活动室', 5, 60, '{1,2,3,4,5,6,7}', '08:00', '20:00', 7) returning id`);
  const [s] = await f.t.db.query<{ id: number }>(sql`insert into room_slots (room_id, station_id, starts_at, ends_at,
      opens_at, capacity)
    values (${r?.id}, ${stationId}, now() + ${days}::interval, now() + ${days}::interval + interval '1 hour',
      now() - interval '1 hour', 5)
    returning id`);
  return { stationId, roomId: Number(r?.id), slotId: Number(s?.id) };
}

/** The fixture member's booking of a fresh slot, in a state the managers can act on. */
async function booking(f: Fixture, status: 'pending' | 'confirmed' = 'pending'): Promise<number> {
  const { slotId } = await slot(f);
  const [b] = await f.t.db.query<{ id: number }>(sql`with taken as (update room_slots set booked = booked + 1
      where id = ${slotId} returning id, room_id, station_id, starts_at, ends_at)
    insert into room_bookings (slot_id, room_id, station_id, union_path, member_id, starts_at, ends_at, status)
    select id, room_id, station_id, ${f.tree.u1.path}, ${f.memberId}, starts_at, ends_at, ${status} from taken
    returning id`);
  return Number(b?.id);
}

/** A booking starting now (so it can be checked in); the member's earlier one of now is taken as attended. */
async function bookingNow(f: Fixture): Promise<number> {
  await f.t.db.query(sql`update room_bookings set status = 'attended' where member_id = ${f.memberId}
    and status in ('pending', 'confirmed') and starts_at < now() + interval '1 hour'`);
  const id = await booking(f, 'confirmed');
  await f.t.db.query(sql`update room_bookings set starts_at = now() - interval '10 minutes',
      ends_at = now() + interval '50 minutes' where id = ${id}`);
  return id;
}

async function visit(f: Fixture): Promise<number> {
  const stationId = await station(f);
  const [v] = await f.t.db.query<{ id: number }>(sql`insert into station_visits (station_id, union_path, member_id,
      service, via)
    values (${stationId}, ${f.tree.u1.path}, ${f.memberId}, 'rest', 'qr') returning id`);
  return Number(v?.id);
}

async function review(f: Fixture): Promise<number> {
  const visitId = await visit(f);
  const [r] = await f.t.db.query<{ id: number }>(sql`insert into station_reviews (station_id, union_path, member_id,
      visit_id, rating, comment)
    select station_id, union_path, member_id, id, 5, '很好' from station_visits where id = ${visitId}
    returning id`);
  return Number(r?.id);
}

async function cardToken(f: Fixture): Promise<string> {
  const [m] = await f.t.db.query<{ card_no: string }>(sql`select card_no from members where id = ${f.memberId}`);
  return signCardToken(f.t.services.signer, {
    c: String(m?.card_no),
    n: '矩*',
    u: '矩阵工会',
    e: Math.floor(Date.now() / 1000) + 60,
  });
}

const stationsOfU1 = (json: unknown, f: Fixture) =>
  !(json as { items: Array<{ union?: { id: number }; station?: { unionName: string } }> }).items.some(
    (i) => i.union?.id === f.tree.u1.id || i.station?.unionName === f.tree.u1.name,
  );

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A station of U1 with one photo (its row; the bytes are not needed to choose or remove it). */
async function photographed(f: Fixture): Promise<{ id: number; name: string }> {
  const id = await station(f);
  const name = `Matrix${unique().toString().padStart(18, '0')}.png`.slice(-28);
  await f.t.db.query(sql`insert into station_photos (station_id, name, media_type, size_bytes, sha256, uploaded_by)
    values (${id}, ${name}, 'image/png', 12, 'x', ${f.accountId})`);
  return { id, name };
}

export const stationsAuthz: Record<string, Case> = {
  'GET /api/stations': {
    request: async (f) => {
      await station(f);
      return { url: '/api/stations?pageSize=100' };
    },
    expect: LIST,
    noLeak: stationsOfU1,
  },
  'POST /api/stations': {
    request: (f) => ({
      body: {
        unionId: f.tree.u1.id,
        kind: 'rest',
        name: '矩阵新驿站',
        address: '矩阵路2号',
        lat: 29.03,
        lng: 119.17,
        hours: { allDay: true, weekly: [], holidays: 'open' },
      },
    }),
    expect: OBJECT,
  },
  'GET /api/stations/index': {
    request: async (f) => {
      await station(f);
      return { url: '/api/stations/index?pageSize=100' };
    },
    expect: LIST,
    noLeak: stationsOfU1,
  },
  'GET /api/stations/cockpit': {
    request: async (f) => {
      await station(f);
      return { url: `/api/stations/cockpit?unionId=${f.tree.u1.id}` };
    },
    expect: OBJECT,
  },
  'GET /api/stations/{id}': at(OBJECT, station),
  'PATCH /api/stations/{id}': at(OBJECT, station, { contact: '0570-1234567' }),
  'PUT /api/stations/{id}/position': at(OBJECT, station, { lat: 29.031, lng: 119.171 }),
  'POST /api/stations/{id}/retire': at(OBJECT, station),
  'POST /api/stations/{id}/managers': {
    request: async (f) => {
      const id = await station(f);
      const username = `matrix-keeper-${unique()}`;
      const [a] = await f.t.db.query<{ id: number }>(sql`insert into accounts (username, display_name, password_hash)
        values (${username}, '矩阵站长', 'x') returning id`);
      await f.t.db.query(sql`insert into role_grants (account_id, role, union_id)
        values (${a?.id}, 'station_manager', ${f.tree.u1.id})`);
      return { id, body: { username } };
    },
    expect: OBJECT,
  },
  'DELETE /api/stations/{id}/managers/{accountId}': {
    request: async (f) => {
      const id = await station(f);
      await f.t.db.query(sql`insert into station_managers (station_id, account_id) values (${id}, ${f.accountId})`);
      return { url: `/api/stations/${id}/managers/${f.accountId}` };
    },
    expect: OBJECT,
  },
  'GET /api/stations/{id}/poster': at(OBJECT, station),
  'POST /api/stations/{id}/poster/reissue': at(OBJECT, station),
  'POST /api/stations/{id}/photos': {
    request: async (f) => ({ id: await station(f), body: { raw: PNG } }),
    expect: OBJECT,
  },
  'POST /api/stations/{id}/photos/{name}/cover': {
    request: async (f) => {
      const p = await photographed(f);
      return { url: `/api/stations/${p.id}/photos/${p.name}/cover` };
    },
    expect: OBJECT,
  },
  'DELETE /api/stations/{id}/photos/{name}': {
    request: async (f) => {
      const p = await photographed(f);
      return { url: `/api/stations/${p.id}/photos/${p.name}` };
    },
    expect: OBJECT,
  },
  // Published pictures: whoever has the (random) address.
  'GET /media/stations/{name}': {
    request: async (f) => {
      await f.t.services.media.put('stations/MatrixPhoto-000000000001.png', PNG, 'image/png');
      return { url: '/media/stations/MatrixPhoto-000000000001.png' };
    },
    expect: PUBLIC_OK,
  },
  'GET /api/station-amenities': { request: () => ({}), expect: PUBLIC_OK },
  'POST /api/station-amenities': {
    request: () => ({ body: { key: `matrix_${unique()}`, nameZh: '矩阵设施', nameEn: 'Matrix' } }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  'GET /api/stations/{id}/score': at(OBJECT, station),
  'POST /api/stations/{id}/visits': {
    request: async (f) => ({ id: await station(f), body: { cardToken: await cardToken(f) } }),
    expect: OBJECT,
  },
  'GET /api/stations/{id}/visits': at(OBJECT, station),
  'GET /api/stations/{id}/visits/daily': at(OBJECT, station),
  'GET /api/stations/{id}/rooms': at(OBJECT, station),
  'POST /api/stations/{id}/rooms': at(OBJECT, station, {
    name: '矩阵球场',
    capacity: 4,
    slotMinutes: 60,
    weekdays: [6, 7],
    dayOpens: '09:00',
    dayCloses: '12:00',
    horizonDays: 7,
  }),
  'GET /api/station-rooms/{id}/slots': {
    request: async (f) => ({ url: `/api/station-rooms/${(await slot(f)).roomId}/slots?day=2026-12-07` }),
    expect: OBJECT,
  },
  'POST /api/room-slots/{id}/close': at(OBJECT, async (f) => (await slot(f)).slotId),
  'GET /api/stations/{id}/bookings': at(OBJECT, station),
  'POST /api/room-bookings/{id}/approve': at(OBJECT, (f) => booking(f)),
  'POST /api/room-bookings/{id}/reject': at(OBJECT, (f) => booking(f), { reason: '场地维修' }),
  'POST /api/room-bookings/{id}/check-in': at(OBJECT, bookingNow),
  'GET /api/stations/{id}/reviews': at(OBJECT, station),
  'POST /api/station-reviews/{id}/reply': at(OBJECT, review, { reply: '谢谢您的肯定' }),
  'POST /api/station-reviews/{id}/close': at(OBJECT, review),
  'GET /api/public/stations/nearby': {
    request: () => ({ url: '/api/public/stations/nearby?lat=29.03&lng=119.17' }),
    expect: PUBLIC_OK,
  },
  'GET /api/public/stations/{id}': at(PUBLIC_OK, station),
  'GET /api/public/map-settings': { request: () => ({}), expect: PUBLIC_OK },
  'POST /api/me/stations/{id}/visits': {
    request: async (f) => {
      const id = await station(f);
      return { id, body: { token: signStationToken(f.t.services.signer, { stationId: id, version: 1 }) } };
    },
    expect: MEMBER,
  },
  'GET /api/me/station-visits': { request: () => ({}), expect: MEMBER },
  'GET /api/me/station-rooms/{id}/slots': {
    request: async (f) => ({ url: `/api/me/station-rooms/${(await slot(f)).roomId}/slots?day=2026-12-07` }),
    expect: MEMBER,
  },
  'POST /api/me/room-bookings': {
    request: async (f) => ({ body: { slotId: (await slot(f)).slotId } }),
    expect: MEMBER,
  },
  'GET /api/me/room-bookings': { request: () => ({}), expect: MEMBER },
  'POST /api/me/room-bookings/{id}/cancel': at(MEMBER, (f) => booking(f)),
  'POST /api/me/station-reviews': {
    request: async (f) => ({ body: { visitId: await visit(f), rating: 4, comment: '干净' } }),
    expect: MEMBER,
  },
};
