// Who may call the volunteers module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, PUBLIC_OK, unique } from '../../../test/authz/kit.js';
import { newCheckCode } from '../../platform/check-codes.js';
import { sql } from '../../platform/sql.js';
import { signActivityToken } from './volunteers.poster.js';

/** The member app's own routes: the member calls them; admins have no member's view. */
const MEMBER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const future = () => new Date(Date.now() + 2 * 86_400_000).toISOString();

/** The fixture member as an active volunteer. */
async function volunteer(f: Fixture): Promise<number> {
  const [v] = await f.t.db.query<{ id: number }>(sql`insert into volunteers (member_id) values (${f.memberId})
    on conflict (member_id) do update set status = 'active' returning id`);
  return Number(v?.id);
}

/** A repair team of U1; the fixture member in it as `role` (or not at all). */
async function team(f: Fixture, role: 'leader' | 'member' | 'pending' | null = null, open = true): Promise<number> {
  const [t] = await f.t.db.query<{ id: number }>(sql`insert into volunteer_teams (union_id, union_path, name, specialty,
      open_to_join, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, ${`矩阵服务队${unique()}`}, 'repair', ${open}, ${f.accountId})
    returning id`);
  if (role) {
    await f.t.db.query(sql`insert into volunteer_team_members (team_id, volunteer_id, role, status)
      values (${t?.id}, ${await volunteer(f)}, ${role === 'leader' ? 'leader' : 'member'},
        ${role === 'pending' ? 'pending' : 'active'})`);
  }
  return Number(t?.id);
}

async function item(f: Fixture): Promise<number> {
  const [i] = await f.t.db.query<{ id: number }>(sql`insert into service_items (union_id, union_path, name, specialty,
      created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, ${`矩阵电动车维修${unique()}`}, 'repair', ${f.accountId})
    returning id`);
  return Number(i?.id);
}

/**
 * An order for a U1 repair: placed by the fixture member, or by a resident; in `status`, taken (when it is past
 * placed) by `teamId`, served by the fixture member's volunteer record.
 */
async function order(
  f: Fixture,
  {
    status = 'placed',
    byFixture = true,
    teamId = null,
  }: { status?: string; byFixture?: boolean; teamId?: number | null } = {},
): Promise<number> {
  const [m] = await f.t.db.query<{ phone_hash: string; phone_cipher: string }>(
    sql`select phone_hash, phone_cipher from members where id = ${f.memberId}`,
  );
  const hash = byFixture ? m?.phone_hash : `resident-${unique()}`;
  const taken = status !== 'placed' && status !== 'cancelled';
  const team_ = taken ? (teamId ?? (await team(f))) : null;
  const [o] = await f.t.db.query<{ id: number }>(sql`insert into service_orders (item_id, union_id, union_path,
      requester_member_id, requester_phone_hash, requester_phone_cipher, requester_name, wanted_at, place, take_by,
      status, team_id, volunteer_id, taken_at, done_at)
    values (${await item(f)}, ${f.tree.u1.id}, ${f.tree.u1.path}, ${byFixture ? f.memberId : null}, ${hash},
      ${m?.phone_cipher}, '矩阵居民', now() + interval '1 day', '矩阵小区', now() + interval '1 day', ${status},
      ${team_}, ${taken ? await volunteer(f) : null}, ${taken ? sql`now()` : null}, ${status === 'done' ? sql`now()` : null})
    returning id`);
  return Number(o?.id);
}

/** A U1 activity running now (started half an hour ago); the fixture member signed up in `status`, if asked. */
async function activity(f: Fixture, status: 'signed' | 'checked_in' | 'checked_out' | null = null): Promise<number> {
  const [a] = await f.t.db.query<{ id: number }>(sql`insert into volunteer_activities (union_id, union_path, title,
      place, starts_at, ends_at, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, ${`矩阵活动${unique()}`}, '矩阵广场', now() - interval '30 minutes',
      now() + interval '2 hours', ${f.accountId})
    returning id`);
  if (status) {
    const checkin = status === 'signed' ? null : sql`now() - interval '20 minutes'`;
    const checkout = status === 'checked_out' ? sql`now() - interval '5 minutes'` : null;
    await f.t.db.query(sql`insert into volunteer_hours (activity_id, volunteer_id, union_path, status, checkin_at,
        checkout_at, hours)
      values (${a?.id}, ${await volunteer(f)}, ${f.tree.u1.path}, ${status}, ${checkin}, ${checkout},
        ${status === 'checked_out' ? 0.3 : null})`);
  }
  return Number(a?.id);
}
/** Confirmed hours of the fixture member (a fresh activity each time), so a certificate may be issued. */
async function confirmedHours(f: Fixture): Promise<void> {
  const id = await activity(f);
  await f.t.db.query(sql`insert into volunteer_hours (activity_id, volunteer_id, union_path, status, checkin_at,
      checkout_at, hours, confirmed_at)
    values (${id}, ${await volunteer(f)}, ${f.tree.u1.path}, 'confirmed', now() - interval '3 hours',
      now() - interval '1 hour', 2.0, now())`);
}

/** A certificate of the fixture member's hours, issued as the member would be; its code. */
async function certificate(f: Fixture): Promise<string> {
  await confirmedHours(f);
  const code = newCheckCode();
  await f.t.db.query(sql`insert into volunteer_certificates (code, volunteer_id, hours, activities)
    values (${code}, ${await volunteer(f)}, 2.0, 1)`);
  return code;
}

const poster = (f: Fixture, id: number) => ({
  token: signActivityToken(f.t.services.signer, { activityId: id, version: 1 }),
});

const ofU1 = (json: unknown, f: Fixture) =>
  !(json as { items: Array<{ union: { id: number } }> }).items.some((i) => i.union.id === f.tree.u1.id);

export const volunteersAuthz: Record<string, Case> = {
  // ---- Member app ----
  'GET /api/me/volunteer': { request: () => ({}), expect: MEMBER },
  'PUT /api/me/volunteer': { request: () => ({ body: { skills: ['修车'] } }), expect: MEMBER },
  'DELETE /api/me/volunteer': {
    request: async (f) => {
      await volunteer(f);
      return {};
    },
    expect: MEMBER,
  },
  'GET /api/me/volunteer/teams': { request: () => ({}), expect: MEMBER },
  'POST /api/me/volunteer/teams/{id}/join': {
    request: async (f) => {
      await volunteer(f);
      return { id: await team(f) };
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/teams/{id}/leave': at(MEMBER, (f) => team(f, 'member')),
  'GET /api/me/volunteer/teams/{id}/logs': at(MEMBER, (f) => team(f, 'member')),
  'POST /api/me/volunteer/teams/{id}/logs': at(MEMBER, (f) => team(f, 'leader'), {
    happenedOn: '2026-01-05',
    body: '矩阵日志',
  }),
  'POST /api/me/volunteer/teams/{id}/logs/{logId}/photos': {
    request: async (f) => {
      const id = await team(f, 'leader');
      const [l] = await f.t.db.query<{ id: number }>(sql`insert into volunteer_team_logs (team_id, union_path,
          happened_on, body, author_account_id)
        values (${id}, ${f.tree.u1.path}, current_date, '矩阵', ${f.accountId}) returning id`);
      return { url: `/api/me/volunteer/teams/${id}/logs/${l?.id}/photos`, body: { raw: png } };
    },
    expect: MEMBER,
  },
  'GET /api/me/volunteer/orders': {
    request: async (f) => {
      await volunteer(f);
      return {};
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/orders/{id}/take': {
    request: async (f) => {
      const teamId = await team(f, 'member');
      return { id: await order(f, { byFixture: false }), body: { teamId } };
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/orders/{id}/done': {
    request: async (f) => ({
      id: await order(f, { status: 'taken', byFixture: false, teamId: await team(f, 'member') }),
      body: { note: '已修好' },
    }),
    expect: MEMBER,
  },
  'POST /api/me/volunteer/orders/{id}/photos': {
    request: async (f) => ({
      id: await order(f, { status: 'taken', byFixture: false, teamId: await team(f, 'member') }),
      body: { raw: png },
    }),
    expect: MEMBER,
  },
  'GET /api/me/volunteer/rules': { request: () => ({}), expect: MEMBER },
  'GET /api/me/service-items': { request: () => ({}), expect: MEMBER },
  'POST /api/me/service-orders': {
    request: async (f) => ({ body: { itemId: await item(f), name: '矩阵', wantedAt: future(), place: '矩阵小区' } }),
    expect: MEMBER,
  },
  'GET /api/me/service-orders': { request: () => ({}), expect: MEMBER },
  'GET /api/me/service-orders/{id}': at(MEMBER, (f) => order(f)),
  'POST /api/me/service-orders/{id}/cancel': at(MEMBER, (f) => order(f)),
  'POST /api/me/service-orders/{id}/confirm': at(MEMBER, (f) => order(f, { status: 'done' }), { rating: 5 }),

  // ---- Console ----
  'GET /api/volunteers': {
    request: async (f) => {
      await volunteer(f);
      return { url: '/api/volunteers?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'GET /api/volunteer-teams': {
    request: async (f) => {
      await team(f);
      return { url: '/api/volunteer-teams?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/volunteer-teams': {
    request: (f) => ({ body: { unionId: f.tree.u1.id, name: `矩阵新队${unique()}`, specialty: 'legal' } }),
    expect: OBJECT,
  },
  'GET /api/volunteer-teams/{id}': at(OBJECT, (f) => team(f)),
  'PATCH /api/volunteer-teams/{id}': at(OBJECT, (f) => team(f), { description: '改' }),
  'POST /api/volunteer-teams/{id}/requests': {
    request: async (f) => ({
      id: await team(f, 'pending', false),
      body: { volunteerId: await volunteer(f), approve: true },
    }),
    expect: OBJECT,
  },
  'GET /api/volunteer-teams/{id}/logs': at(OBJECT, (f) => team(f)),
  'POST /api/volunteer-teams/{id}/logs': at(OBJECT, (f) => team(f), { happenedOn: '2026-01-05', body: '矩阵日志' }),
  'GET /api/service-items': {
    request: async (f) => {
      await item(f);
      return { url: '/api/service-items?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/service-items': {
    request: (f) => ({ body: { unionId: f.tree.u1.id, name: '矩阵理发', specialty: 'care' } }),
    expect: OBJECT,
  },
  'PATCH /api/service-items/{id}': at(OBJECT, (f) => item(f), { status: 'retired' }),
  'GET /api/service-orders': {
    request: async (f) => {
      await order(f);
      return { url: '/api/service-orders?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'GET /api/service-orders/{id}': at(OBJECT, (f) => order(f)),
  'POST /api/service-orders/{id}/assign': {
    request: async (f) => ({ id: await order(f), body: { teamId: await team(f) } }),
    expect: OBJECT,
  },
  'POST /api/service-orders/{id}/cancel': at(OBJECT, (f) => order(f), { reason: '重复' }),
  'GET /api/volunteer-point-rules': {
    request: async (f) => {
      await f.t.db.query(sql`insert into volunteer_point_rules (union_id, union_path, version, order_points,
          bonus_min_rating, bonus_points, hour_points, published_by)
        values (${f.tree.u1.id}, ${f.tree.u1.path}, ${unique() + 1000}, 10, 5, 5, 10, ${f.accountId})`);
      return { url: '/api/volunteer-point-rules?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/volunteer-point-rules': {
    request: (f) => ({
      body: { unionId: f.tree.u1.id, orderPoints: 10, bonusMinRating: 5, bonusPoints: 5, hourPoints: 10 },
    }),
    expect: OBJECT,
  },
  'GET /api/me/volunteer/activities': {
    request: async (f) => {
      await volunteer(f);
      return {};
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/activities/{id}/signup': {
    request: async (f) => {
      await volunteer(f);
      return { id: await activity(f) };
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/activities/{id}/checkin': {
    request: async (f) => {
      const id = await activity(f, 'signed');
      return { id, body: poster(f, id) };
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/activities/{id}/checkout': {
    request: async (f) => {
      const id = await activity(f, 'checked_in');
      return { id, body: poster(f, id) };
    },
    expect: MEMBER,
  },
  'GET /api/me/volunteer/hours': {
    request: async (f) => {
      await volunteer(f);
      return {};
    },
    expect: MEMBER,
  },
  'POST /api/me/volunteer/certificates': {
    request: async (f) => {
      await confirmedHours(f);
      return {};
    },
    expect: MEMBER,
  },
  // Another member's certificate is not found; the public check below is how anyone else reads it.
  'GET /api/me/volunteer/certificates/{code}': {
    request: async (f) => ({ url: `/api/me/volunteer/certificates/${await certificate(f)}` }),
    expect: MEMBER,
  },
  'GET /api/volunteer-certificates/{code}': {
    request: async (f) => ({ url: `/api/volunteer-certificates/${await certificate(f)}` }),
    expect: PUBLIC_OK,
  },
  'GET /api/volunteer-activities': {
    request: async (f) => {
      await activity(f);
      return { url: '/api/volunteer-activities?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/volunteer-activities': {
    request: (f) => ({
      body: {
        unionId: f.tree.u1.id,
        title: '矩阵植树',
        place: '矩阵公园',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      },
    }),
    expect: OBJECT,
  },
  'GET /api/volunteer-activities/{id}': at(OBJECT, (f) => activity(f)),
  'GET /api/volunteer-activities/{id}/poster': at(OBJECT, (f) => activity(f)),
  'GET /api/volunteer-activities/{id}/signups': at(OBJECT, (f) => activity(f, 'checked_out')),
  'POST /api/volunteer-activities/{id}/hours': at(OBJECT, (f) => activity(f, 'checked_out'), { approve: true }),
  'GET /media/volunteer-logs/{name}': {
    request: async (f) => {
      await f.t.services.media.put('volunteer-logs/MatrixPhoto-000000000001.png', png, 'image/png');
      return { url: '/media/volunteer-logs/MatrixPhoto-000000000001.png' };
    },
    expect: PUBLIC_OK,
  },
  'GET /media/service-orders/{name}': {
    request: async (f) => {
      await f.t.services.media.put('service-orders/MatrixPhoto-000000000001.png', png, 'image/png');
      return { url: '/media/service-orders/MatrixPhoto-000000000001.png' };
    },
    expect: PUBLIC_OK,
  },
};
