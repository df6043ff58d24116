// Demo benefits for 龙游县总工会: a cinema and its till, a voucher rush that opens two minutes after the
// first start (so the countdown shows), a tea-art course with 26 seats, an education-grant lottery,
// a yearly voucher budget and a monthly points plan (the start-up job issues this month's points).
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

export async function seedBenefits(db: Queryable, union: { id: number; path: string }) {
  const [cinema] = await db.query<{ id: number }>(sql`
    insert into merchants (union_id, union_path, name, address)
    values (${union.id}, ${union.path}, '龙游影城', '龙游县荣昌大道 88 号') returning id`);
  await db.query(sql`update accounts set merchant_id = ${cinema?.id} where username = 'cinema'`);
  const year = new Date().getUTCFullYear();
  await db.query(sql`
    insert into union_budgets (union_id, year, amount_fen, committed_fen) values (${union.id}, ${year}, 5000000, 600000)`);
  interface DemoOffer {
    kind: string;
    mode: string;
    title: string;
    description: string;
    capacity: number;
    opens: string;
    closes: string;
    startsAt: string | null;
    validUntil: string | null;
    place: string;
    teacher: string;
    merchant: number | null;
    face: number;
    cost: number;
    checkin: number;
    survey: string | null;
    cancelHours: number | null;
  }
  const offer = (
    o: Pick<DemoOffer, 'kind' | 'mode' | 'title' | 'capacity' | 'opens' | 'closes'> & Partial<DemoOffer>,
  ): DemoOffer => ({
    description: '',
    place: '',
    teacher: '',
    merchant: null,
    face: 0,
    cost: 0,
    checkin: 0,
    survey: null,
    cancelHours: null,
    startsAt: null,
    validUntil: null,
    ...o,
  });
  const offers = [
    offer({
      kind: 'voucher',
      mode: 'first_come',
      title: '龙游影城电影票（工会普惠）',
      capacity: 200,
      opens: '2 minutes',
      closes: '7 days',
      merchant: cinema?.id ?? null,
      face: 3000,
      validUntil: '60 days',
      description: '每人限领 1 张，凭券码在龙游影城任意场次兑换。',
    }),
    offer({
      kind: 'course',
      mode: 'first_come',
      title: '茶艺体验课',
      capacity: 26,
      opens: '-1 day',
      closes: '4 days',
      startsAt: '5 days',
      place: '龙游县职工服务中心 302 室',
      teacher: '徐老师',
      checkin: 20,
      cancelHours: 24,
      survey: '您希望学习哪类茶？',
    }),
    offer({
      kind: 'subsidy',
      mode: 'lottery',
      title: '“求学圆梦”学历提升补助',
      capacity: 10,
      opens: '-1 day',
      closes: '3 days',
      description: '报名截止后公开抽签，名单公示，随机种子可复核。',
    }),
  ];
  for (const o of offers) {
    await db.query(sql`
      insert into offers (union_id, union_path, kind, mode, title, description, capacity, opens_at, closes_at, starts_at,
        place, teacher, merchant_id, face_value_fen, points_cost, checkin_points, valid_until, survey_question,
        cancel_hours, status, budget_year, budget_committed_fen)
      values (${union.id}, ${union.path}, ${o.kind}, ${o.mode}, ${o.title},
        ${o.description}, ${o.capacity}, now() + ${o.opens}::interval,
        now() + ${o.closes}::interval, now() + ${o.startsAt}::interval, ${o.place},
        ${o.teacher}, ${o.merchant}, ${o.face}, ${o.cost},
        ${o.checkin}, now() + ${o.validUntil}::interval, ${o.survey},
        ${o.cancelHours}, 'published', ${o.face > 0 ? year : null},
        ${o.face * o.capacity})`);
  }
  await db.query(sql`
    insert into points_issuance_plans (union_id, amount_per_member, reason)
    values (${union.id}, 100, '龙游县总工会月度普惠积分')`);
}
