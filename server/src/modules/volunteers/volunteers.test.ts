// 志愿服务 through the real app: members register and join teams on their union's path; a resident orders an e-bike
// repair by phone; two teams race to take it and exactly one does; the team reports it done, the resident confirms
// and rates it, and the volunteer's points follow the published rules (worked out here, not by the module). Orders
// no team takes escalate on the working calendar. Every refusal leaves the data as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { systemCtx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { escalateOverdue } from './volunteers.orders.js';

const MONDAY_10 = '2026-12-07T02:00:00Z'; // Monday 10:00 in China
const RESIDENT = '13900001111';
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe.each(dbKinds)('volunteers and service orders on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: MONDAY_10 });
  let cadre: Agent;
  let siblingCadre: Agent;
  let rider: Agent;
  let riderMemberId: number;
  let other: Agent;
  let resident: Agent;
  let u3Member: Agent;
  let repairTeam: number;
  let rivalTeam: number;
  let legalTeam: number;
  let u3Team: number;
  let repairItem: number;

  const errorOf = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;
  const count = async (table: string) =>
    Number((await t.db.query<{ n: number }>(sql`select count(*)::int as n from ${sql.ident(table)}`))[0]?.n);
  const inbox = async (agent: Agent) =>
    (await agent.get('/api/me/messages')).json().items as Array<{
      title: string;
      body: string;
    }>;

  beforeAll(async () => {
    cadre = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    siblingCadre = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    const m = await buildMember(t, tree.u1, { name: '李骑手', phone: '13700000001' });
    riderMemberId = m.id;
    rider = await memberAgent(t, m.phone);
    other = await memberAgent(t, (await buildMember(t, tree.u2, { name: '王师傅', phone: '13700000002' })).phone);
    u3Member = await memberAgent(t, (await buildMember(t, tree.u3, { phone: '13700000003' })).phone);
    resident = await memberAgent(t, RESIDENT);
  });

  it('registers members as volunteers; a resident without membership cannot register', async () => {
    const refused = await resident.put('/api/me/volunteer', { skills: ['修车'] });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused)).toBe('VOLUNTEER_NOT_MEMBER');
    expect((await resident.get('/api/me/volunteer')).json()).toMatchObject({ canRegister: false, volunteer: null });
    expect(await count('volunteers')).toBe(0);

    // Full-width input from an IME is normalised; a repeated skill is kept once.
    const res = await rider.put('/api/me/volunteer', {
      skills: ['电动车维修', '电动车维修', 'ＡＢＣ'],
      availability: '周末',
      areas: '城东',
      intention: '愿意为环卫工人免费修车',
      modelWorker: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().volunteer).toMatchObject({
      name: '李骑手',
      phone: '137****0001',
      skills: ['电动车维修', 'ABC'],
      modelWorker: true,
      status: 'active',
    });
    expect((await other.put('/api/me/volunteer', { skills: ['修车'] })).statusCode).toBe(200);
    expect((await u3Member.put('/api/me/volunteer', {})).statusCode).toBe(200);

    // Cadres see the volunteers of their own subtree only (U1 and U2 are C1's; U3 is C2's).
    const names = (await cadre.get('/api/volunteers')).json().items.map((v: { name: string }) => v.name);
    expect(names.sort()).toEqual(['李骑手', '王师傅'].sort());
    const siblings = (await siblingCadre.get('/api/volunteers')).json().items;
    expect(siblings.map((v: { union: { id: number } }) => v.union.id)).toEqual([tree.u3.id]);
  });

  it('sets up teams; members see and join the teams of their union and those above it only', async () => {
    const volunteers = (await cadre.get('/api/volunteers')).json().items as Array<{ id: number; name: string }>;
    const riderVolunteer = volunteers.find((v) => v.name === '李骑手')?.id;
    // A leader from outside the team's subtree is refused, and no team is made.
    const u3Volunteer = (await siblingCadre.get('/api/volunteers')).json().items[0].id;
    const bad = await cadre.post('/api/volunteer-teams', {
      unionId: tree.c1.id,
      name: '骑行侠维修队',
      specialty: 'repair',
      leaderVolunteerId: u3Volunteer,
    });
    expect(errorOf(bad)).toBe('VOLUNTEER_LEADER_INVALID');
    expect(await count('volunteer_teams')).toBe(0);

    const made = await cadre.post('/api/volunteer-teams', {
      unionId: tree.c1.id,
      name: '骑行侠维修队',
      specialty: 'repair',
      leaderVolunteerId: riderVolunteer,
    });
    expect(made.statusCode).toBe(200);
    repairTeam = made.json().id;
    expect(made.json()).toMatchObject({ leader: { name: '李骑手' }, memberCount: 1 });
    rivalTeam = (
      await cadre.post('/api/volunteer-teams', {
        unionId: tree.u2.id,
        name: '二号维修队',
        specialty: 'repair',
        openToJoin: false,
      })
    ).json().id;
    legalTeam = (
      await cadre.post('/api/volunteer-teams', { unionId: tree.u1.id, name: '法律服务队', specialty: 'legal' })
    ).json().id;
    u3Team = (
      await siblingCadre.post('/api/volunteer-teams', { unionId: tree.u3.id, name: '乙县队', specialty: 'repair' })
    ).json().id;
    // The sibling county's cadre cannot open C1's team.
    expect((await siblingCadre.get(`/api/volunteer-teams/${repairTeam}`)).statusCode).toBe(404);

    // 王师傅 of U2 sees C1's team and U2's own, not U1's (a sibling whose id extends U2's) nor U3's.
    const seen = (await other.get('/api/me/volunteer/teams')).json().items.map((x: { name: string }) => x.name);
    expect(seen.sort()).toEqual(['二号维修队', '骑行侠维修队'].sort());
    expect((await other.post(`/api/me/volunteer/teams/${u3Team}/join`)).statusCode).toBe(404);
    expect((await other.post(`/api/me/volunteer/teams/${legalTeam}/join`)).statusCode).toBe(404);

    // An open team takes them at once (and says so in the inbox); one that asks for approval waits for a cadre.
    const joined = await other.post(`/api/me/volunteer/teams/${repairTeam}/join`);
    expect(joined.json().teams.find((x: { id: number }) => x.id === repairTeam).mine).toBe('member');
    expect(errorOf(await other.post(`/api/me/volunteer/teams/${repairTeam}/join`))).toBe('VOLUNTEER_TEAM_JOINED');
    const asked = await other.post(`/api/me/volunteer/teams/${rivalTeam}/join`);
    expect(asked.json().teams.find((x: { id: number }) => x.id === rivalTeam).mine).toBe('pending');
    const otherVolunteer = volunteers.find((v) => v.name === '王师傅')?.id;
    const approved = await cadre.post(`/api/volunteer-teams/${rivalTeam}/requests`, {
      volunteerId: otherVolunteer,
      approve: true,
    });
    expect(approved.json().members.map((x: { name: string; status: string }) => [x.name, x.status])).toEqual([
      ['王师傅', 'active'],
    ]);
    expect(
      errorOf(
        await cadre.post(`/api/volunteer-teams/${rivalTeam}/requests`, { volunteerId: otherVolunteer, approve: true }),
      ),
    ).toBe('VOLUNTEER_TEAM_NO_REQUEST');
    const titles = (await inbox(other)).map((x) => x.body);
    expect(titles.filter((b) => b.includes('骑行侠维修队'))).toHaveLength(1);
    expect(titles.filter((b) => b.includes('二号维修队'))).toHaveLength(1);
  });

  it('keeps the team log: the leader writes it with photos, a member cannot, and no day to come', async () => {
    const entry = await rider.post(`/api/me/volunteer/teams/${repairTeam}/logs`, {
      happenedOn: '2026-12-06',
      body: '为环卫工人免费修车 12 辆',
      peopleServed: 12,
    });
    expect(entry.statusCode).toBe(200);
    const withPhoto = await rider.request(
      'POST',
      `/api/me/volunteer/teams/${repairTeam}/logs/${entry.json().id}/photos`,
      {
        raw: png,
      },
    );
    expect(withPhoto.json().photoUrls).toHaveLength(1);
    expect(
      errorOf(await other.post(`/api/me/volunteer/teams/${repairTeam}/logs`, { happenedOn: '2026-12-06', body: 'x' })),
    ).toBe('VOLUNTEER_NOT_LEADER');
    // Monday 10:00 in China is still Monday there: Tuesday is refused, Monday taken.
    expect(
      errorOf(await rider.post(`/api/me/volunteer/teams/${repairTeam}/logs`, { happenedOn: '2026-12-08', body: 'x' })),
    ).toBe('VOLUNTEER_DATE_FUTURE');
    expect(
      (await rider.post(`/api/me/volunteer/teams/${repairTeam}/logs`, { happenedOn: '2026-12-07', body: '巡查' }))
        .statusCode,
    ).toBe(200);
    const log = (await cadre.get(`/api/volunteer-teams/${repairTeam}/logs`)).json();
    expect(log.items.map((l: { body: string; author: string }) => [l.body, l.author])).toEqual([
      ['巡查', '李骑手'],
      ['为环卫工人免费修车 12 辆', '李骑手'],
    ]);
    expect((await siblingCadre.get(`/api/volunteer-teams/${repairTeam}/logs`)).statusCode).toBe(404);
  });

  it('takes a resident’s order: one of two racing teams wins, the other is told it is taken', async () => {
    repairItem = (
      await cadre.post('/api/service-items', {
        unionId: tree.c1.id,
        name: '电动车维修',
        specialty: 'repair',
        takeWithinMinutes: 480,
      })
    ).json().id;
    await siblingCadre.post('/api/service-items', { unionId: tree.u3.id, name: '乙县理发', specialty: 'care' });
    // A member sees the menus on their path; a resident, every union's.
    const riderMenu = (await rider.get('/api/me/service-items')).json().items.map((i: { name: string }) => i.name);
    expect(riderMenu).toEqual(['电动车维修']);
    const residentMenu = (await resident.get('/api/me/service-items'))
      .json()
      .items.map((i: { name: string }) => i.name);
    expect(residentMenu.sort()).toEqual(['乙县理发', '电动车维修'].sort());

    // A time already past is refused and stores nothing.
    const past = await resident.post('/api/me/service-orders', {
      itemId: repairItem,
      name: '张阿姨',
      wantedAt: '2026-12-07T01:59:00Z',
      place: '城东菜场门口',
    });
    expect(errorOf(past)).toBe('SERVICE_ORDER_TIME_INVALID');
    expect(await count('service_orders')).toBe(0);

    const placed = await resident.post('/api/me/service-orders', {
      itemId: repairItem,
      name: '张阿姨',
      wantedAt: '2026-12-08T06:00:00Z',
      place: '城东菜场门口',
      note: '后轮漏气',
    });
    expect(placed.statusCode).toBe(200);
    const id = placed.json().id;
    // 480 working minutes from Monday 10:00: seven hours to Monday 17:00, one more from Tuesday 09:00.
    expect(placed.json().takeBy).toBe('2026-12-08T02:00:00.000Z');

    // Only teams of the service's specialty may take it.
    const riderLegal = await cadre.patch(`/api/volunteer-teams/${legalTeam}`, {
      leaderVolunteerId: (await cadre.get(`/api/volunteer-teams/${repairTeam}`)).json().members[0].volunteerId,
    });
    expect(riderLegal.statusCode).toBe(200);
    expect(errorOf(await rider.post(`/api/me/volunteer/orders/${id}/take`, { teamId: legalTeam }))).toBe(
      'SERVICE_ORDER_NOT_SERVING',
    );
    // The open queue shows the order to both teams' volunteers, not to the other county's.
    expect((await rider.get('/api/me/volunteer/orders')).json().items.map((o: { id: number }) => o.id)).toEqual([id]);
    expect((await u3Member.get('/api/me/volunteer/orders')).json().items).toEqual([]);
    // Nor can they take it by its id: for them it does not exist.
    expect((await u3Member.post(`/api/me/volunteer/orders/${id}/take`, { teamId: u3Team })).statusCode).toBe(404);

    const [a, b] = await Promise.all([
      rider.post(`/api/me/volunteer/orders/${id}/take`, { teamId: repairTeam }),
      other.post(`/api/me/volunteer/orders/${id}/take`, { teamId: rivalTeam }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const lost = a.statusCode === 409 ? a : b;
    expect(errorOf(lost)).toBe('SERVICE_ORDER_TAKEN');
    const [row] = await t.db.query<{ status: string; team_id: number }>(sql`select status, team_id from service_orders
      where id = ${id}`);
    expect(row?.status).toBe('taken');
    const winner = a.statusCode === 200 ? repairTeam : rivalTeam;
    expect(Number(row?.team_id)).toBe(winner);
    const events = (await cadre.get(`/api/service-orders/${id}`)).json().events.map((e: { kind: string }) => e.kind);
    expect(events).toEqual(['placed', 'taken']);
  });

  it('is done, confirmed and rated; the volunteer earns the published rules’ points once, with the reason', async () => {
    // Rules: C1 publishes twice; the newest version applies. Repairs earn 12, others 10; a rating of 4 or more adds 5.
    await cadre.post('/api/volunteer-point-rules', {
      unionId: tree.c1.id,
      orderPoints: 8,
      bonusMinRating: 5,
      bonusPoints: 1,
      hourPoints: 10,
    });
    const v2 = await cadre.post('/api/volunteer-point-rules', {
      unionId: tree.c1.id,
      orderPoints: 10,
      pointsBySpecialty: { repair: 12 },
      bonusMinRating: 4,
      bonusPoints: 5,
      hourPoints: 10,
      note: '修车按件计分',
    });
    expect(v2.json().version).toBe(2);
    expect((await rider.get('/api/me/volunteer/rules')).json().rule).toMatchObject({ version: 2, orderPoints: 10 });

    // A fresh order the rider's team takes (the race above may have gone to the other team).
    const placed = await resident.post('/api/me/service-orders', {
      itemId: repairItem,
      name: '张阿姨',
      wantedAt: '2026-12-09T06:00:00Z',
      place: '城东菜场门口',
    });
    const id = placed.json().id;
    expect(errorOf(await resident.post(`/api/me/service-orders/${id}/confirm`, { rating: 5 }))).toBe(
      'SERVICE_ORDER_WRONG_STATUS',
    );
    expect((await rider.post(`/api/me/volunteer/orders/${id}/take`, { teamId: repairTeam })).statusCode).toBe(200);
    expect(errorOf(await resident.post(`/api/me/service-orders/${id}/cancel`))).toBe('SERVICE_ORDER_CANCEL_TOO_LATE');
    const proof = await rider.request('POST', `/api/me/volunteer/orders/${id}/photos`, { raw: png });
    expect(proof.json().proofUrls).toHaveLength(1);
    expect((await rider.post(`/api/me/volunteer/orders/${id}/done`, { note: '换了内胎' })).json().status).toBe('done');

    // Only the requester confirms: the rider (who served) and another member get "not found".
    expect((await rider.post(`/api/me/service-orders/${id}/confirm`, { rating: 5 })).statusCode).toBe(404);
    expect((await other.post(`/api/me/service-orders/${id}/confirm`, { rating: 5 })).statusCode).toBe(404);
    expect((await resident.post(`/api/me/service-orders/${id}/confirm`, { rating: 6 })).statusCode).toBe(400);

    const before = (await rider.get('/api/me/points')).json().balance;
    // A rating of exactly 4 is at the bonus mark: 12 + 5.
    const confirmed = await resident.post(`/api/me/service-orders/${id}/confirm`, { rating: 4, comment: '修得快' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().award).toEqual({
      points: 17,
      base: 12,
      bonus: 5,
      rating: 4,
      bonusMinRating: 4,
      ruleVersion: 2,
      ruleUnion: tree.c1.name,
    });
    const mine = (await rider.get('/api/me/points')).json();
    expect(mine.balance - before).toBe(17);
    expect(mine.items[0].reason).toContain('电动车维修');
    expect(mine.items[0].reason).toContain('第 2 版');
    // Confirming again changes nothing.
    expect(errorOf(await resident.post(`/api/me/service-orders/${id}/confirm`, { rating: 5 }))).toBe(
      'SERVICE_ORDER_WRONG_STATUS',
    );
    expect((await rider.get('/api/me/points')).json().balance - before).toBe(17);
    const postings = await t.db.query(sql`select 1 from points_transactions where idem_key = ${`service-order:${id}`}`);
    expect(postings).toHaveLength(1);

    // The requester was told at each step (taken and done also by text); the rider of the points, with the reason.
    const residentInbox = (await inbox(resident)).map((m) => m.title);
    expect(residentInbox.filter((x) => x === '服务队已接单').length).toBeGreaterThanOrEqual(1);
    expect(residentInbox).toContain('服务已完成，请确认评价');
    await t.services.queue.runDue();
    const texts = t.sms.sent.filter((s) => s.phone === RESIDENT && s.template === 'notice').map((s) => s.text ?? '');
    expect(texts.filter((x) => x.includes('已完成'))).toHaveLength(1);
    const riderInbox = await inbox(rider);
    expect(riderInbox.find((m) => m.title === '志愿服务积分到账')?.body).toContain('17 积分');

    // A rating of 3 is below the mark: 12 points only.
    const next = (
      await resident.post('/api/me/service-orders', {
        itemId: repairItem,
        name: '张阿姨',
        wantedAt: '2026-12-09T07:00:00Z',
        place: '菜场',
      })
    ).json().id;
    await rider.post(`/api/me/volunteer/orders/${next}/take`, { teamId: repairTeam });
    await rider.post(`/api/me/volunteer/orders/${next}/done`, { note: '好了' });
    const low = await resident.post(`/api/me/service-orders/${next}/confirm`, { rating: 3 });
    expect(low.json().award).toMatchObject({ points: 12, base: 12, bonus: 0 });
  });

  it('refuses taking one’s own order, and escalates untaken orders on the working calendar', async () => {
    // The rider orders a repair for themselves and cannot take it.
    const own = (
      await rider.post('/api/me/service-orders', {
        itemId: repairItem,
        name: '李骑手',
        wantedAt: '2026-12-20T06:00:00Z',
        place: '家',
      })
    ).json().id;
    expect(errorOf(await rider.post(`/api/me/volunteer/orders/${own}/take`, { teamId: repairTeam }))).toBe(
      'SERVICE_ORDER_OWN',
    );

    // Friday 16:00 in China with two working hours: Friday to 17:00, then Monday 09:00–10:00.
    clock.set(new Date('2026-12-11T08:00:00Z'));
    const friday = (
      await resident.post('/api/me/service-orders', {
        itemId: (
          await cadre.post('/api/service-items', {
            unionId: tree.u1.id,
            name: '法律咨询',
            specialty: 'legal',
            takeWithinMinutes: 120,
          })
        ).json().id,
        name: '张阿姨',
        wantedAt: '2026-12-15T06:00:00Z',
        place: '驿站',
      })
    ).json();
    expect(friday.takeBy).toBe('2026-12-14T02:00:00.000Z');
    // One minute before the deadline nothing escalates; at it, the order goes to 待办, once.
    clock.set(new Date('2026-12-14T01:59:00Z'));
    await escalateOverdue(systemCtx(t.services));
    expect(
      (await cadre.get('/api/service-orders?escalated=true')).json().items.map((o: { id: number }) => o.id),
    ).not.toContain(friday.id);
    clock.set(new Date('2026-12-14T02:00:00Z'));
    await escalateOverdue(systemCtx(t.services));
    await escalateOverdue(systemCtx(t.services));
    const escalated = (await cadre.get('/api/service-orders?escalated=true'))
      .json()
      .items.map((o: { id: number }) => o.id);
    expect(escalated).toContain(friday.id);
    expect((await cadre.get('/api/pending')).json().counts['volunteers.orders']).toBe(escalated.length);
    expect((await siblingCadre.get('/api/service-orders?escalated=true')).json().items).toEqual([]);
    const detail = (await cadre.get(`/api/service-orders/${friday.id}`)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['placed', 'escalated']);
    expect(detail.requesterPhone).toBe('139****1111');

    // The cadre gives it to a team that serves it: a repair team is refused, the legal team takes it.
    expect(errorOf(await cadre.post(`/api/service-orders/${friday.id}/assign`, { teamId: repairTeam }))).toBe(
      'SERVICE_ORDER_TEAM_INVALID',
    );
    expect(errorOf(await siblingCadre.post(`/api/service-orders/${friday.id}/assign`, { teamId: u3Team }))).toBe(
      'NOT_FOUND',
    );
    const assigned = await cadre.post(`/api/service-orders/${friday.id}/assign`, { teamId: legalTeam });
    expect(assigned.json()).toMatchObject({ status: 'taken', team: { name: '法律服务队' }, volunteer: null });
    // The leader of that team reports it done and becomes its volunteer.
    const done = await rider.post(`/api/me/volunteer/orders/${friday.id}/done`, { note: '已答复' });
    expect(done.json().volunteer).toBe('李骑手');
    expect(riderMemberId).toBeGreaterThan(0);
  });
});
