// Demo care setup for 龙游县总工会: a yearly assistance budget, the help programs a profile can match,
// a deadline policy for wage arrears, statutory holidays on the working calendar, and a lawyer's
// consultation slots over the coming working days. No cases: those come from people using the demo.
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

export async function seedCare(db: Queryable, longyou: { id: number; path: string }, lawyerAccountId: number) {
  const year = new Date().getUTCFullYear();
  await db.query(sql`insert into assistance_budgets (union_id, union_path, year, amount_fen)
    values (${longyou.id}, ${longyou.path}, ${year}, 50000000)`);
  const programs: Array<[string, string, string, string[], string[], number | null]> = [
    ['material_aid', '冬季送温暖', '米、油、棉被等生活物资，春节前送到家', ['deep', 'relative', 'accident'], [], 80000],
    ['mutual_aid', '职工医疗互助', '住院自付费用按比例补助，每年最高 2 万元', [], ['illness', 'accident'], 2000000],
    ['education_grant', '金秋助学', '困难职工子女考上大学，一次性助学金', ['deep', 'relative'], ['education'], 500000],
    ['job', '就业援助岗位', '县人社局与工会联合推荐的岗位，优先困难职工家庭', [], [], null],
    ['policy_subsidy', '临时救助政策', '民政临时救助，由工会协助申请', ['deep', 'accident'], [], null],
  ];
  for (const [kind, name, description, tiers, causes, max] of programs) {
    await db.query(sql`insert into assistance_programs (union_id, union_path, kind, name, description, tiers, causes, max_amount_fen)
      values (${longyou.id}, ${longyou.path}, ${kind}, ${name}, ${description}, ${tiers}::text[], ${causes}::text[], ${max})`);
  }
  await db.query(sql`insert into appeal_sla_policies (union_id, union_path, category, first_response_minutes, resolution_minutes)
    values (${longyou.id}, ${longyou.path}, 'wage_arrears', 480, 4800)`);
  // Statutory days off (全国年节及纪念日放假办法): New Year's Day and the first three days of October.
  for (const [day, name] of [
    [`${year}-10-01`, '国庆节'],
    [`${year}-10-02`, '国庆节'],
    [`${year}-10-03`, '国庆节'],
    [`${year + 1}-01-01`, '元旦'],
  ]) {
    await db.query(
      sql`insert into work_calendar_days (day, kind, name) values (${day}, 'holiday', ${name}) on conflict do nothing`,
    );
  }
  // Two slots a day (10:00 and 15:00 Beijing time) on each of the next five weekdays.
  const today = new Date();
  for (let d = 1, made = 0; made < 5 && d < 10; d++) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + d));
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    made += 1;
    for (const [hour, mode, place] of [
      [2, 'in_person', '龙游县职工服务中心 2 楼法律援助室'],
      [7, 'phone', null],
    ] as const) {
      const starts = new Date(day.getTime() + hour * 3_600_000);
      await db.query(sql`insert into legal_slots (lawyer_account_id, union_id, union_path, starts_at, ends_at, mode, place)
        values (${lawyerAccountId}, ${longyou.id}, ${longyou.path}, ${starts}, ${new Date(starts.getTime() + 3_600_000)},
          ${mode}, ${place})`);
    }
  }
}
