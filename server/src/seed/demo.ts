// First-start demo data: a province → city → county → township → base tree (~60 unions, with joint
// unions for delivery riders and couriers), employers with valid credit codes, admins at several
// levels and a few hundred members. Runs only when the database has no unions.

import { bulkInsertMembers } from '../modules/members/members.changes.js';
import type { NewMemberRecord } from '../modules/members/members.service.js';
import type { Role } from '../platform/access.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { Services } from '../platform/context.js';
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';
import { seedBenefits } from './benefits.js';
import { seedCare } from './care.js';
import { seedContent } from './content.js';
import { seedContests } from './contests.js';
import { seedCourses } from './courses.js';
import { chineseName, companyName, creditCode, idNumber, mobile, rng } from './generators.js';
import { seedJobs } from './jobs.js';
import { seedStations } from './stations.js';
import { seedVolunteers } from './volunteers.js';

export const DEMO_PASSWORD = 'Zg@Demo-2026';
export const DEMO_MEMBER_PHONE = '13800000001';

type Level = 'province' | 'city' | 'county' | 'township' | 'base';
type Formation = 'single' | 'joint' | 'industry' | 'area';
interface Node {
  name: string;
  level: Level;
  formation?: Formation;
  area?: string;
  lng?: number;
  lat?: number;
  address?: string;
  children?: Node[];
}

const base = (name: string, formation: Formation = 'single'): Node => ({ name, level: 'base', formation });

// Longyou county (衢州市) modelled on the seed reports, plus a sibling county and a second city.
const tree: Node = {
  name: '浙江省总工会',
  level: 'province',
  area: '330000',
  children: [
    {
      name: '衢州市总工会',
      level: 'city',
      area: '330800',
      children: [
        {
          name: '龙游县总工会',
          level: 'county',
          area: '330825',
          lng: 119.172,
          lat: 29.028,
          address: '龙游县龙洲街道荣昌大道 1 号',
          children: [
            {
              name: '龙洲街道总工会',
              level: 'township',
              children: [
                {
                  ...base('龙游县网约送餐员联合工会', 'joint'),
                  lng: 119.168,
                  lat: 29.031,
                  address: '翠光社区网络送餐员服务驿站',
                },
                { ...base('龙游县快递行业联合工会', 'joint'), lng: 119.176, lat: 29.025 },
                base('龙洲街道小微企业联合工会', 'joint'),
                base('龙游华盛机械制造有限公司工会'),
                base('龙游恒达纺织有限公司工会'),
                base('龙游新丰食品有限公司工会'),
              ],
            },
            {
              name: '东华街道总工会',
              level: 'township',
              children: [
                base('东华街道网约车司机联合工会', 'joint'),
                base('龙游瑞通物流有限公司工会'),
                base('龙游宏远建材有限公司工会'),
                base('东华街道货车司机联合工会', 'joint'),
                base('龙游金桥电子科技有限公司工会'),
              ],
            },
            {
              name: '湖镇镇总工会',
              level: 'township',
              children: [
                base('湖镇镇竹木产业联合工会', 'industry'),
                base('龙游鼎盛竹木制品有限公司工会'),
                base('湖镇镇家政服务联合工会', 'joint'),
              ],
            },
            {
              name: '龙游经济开发区总工会',
              level: 'township',
              formation: 'area',
              children: [
                base('龙游天成特种纸业有限公司工会'),
                base('龙游永康汽车配件有限公司工会'),
                base('开发区企业联合工会', 'joint'),
                base('龙游嘉禾信息技术有限公司工会'),
              ],
            },
            {
              name: '小南海镇总工会',
              level: 'township',
              children: [base('小南海镇企业联合工会', 'joint'), base('龙游东方物业服务有限公司工会')],
            },
            base('龙游县教育系统工会', 'industry'),
            base('龙游县卫生健康系统工会', 'industry'),
          ],
        },
        {
          name: '柯城区总工会',
          level: 'county',
          area: '330802',
          children: [
            {
              name: '府山街道总工会',
              level: 'township',
              children: [
                base('柯城区外卖骑手联合工会', 'joint'),
                base('衢州兴业餐饮管理有限公司工会'),
                base('府山街道小微企业联合工会', 'joint'),
              ],
            },
            {
              name: '荷花街道总工会',
              level: 'township',
              children: [base('衢州绿源食品有限公司工会'), base('荷花街道快递员联合工会', 'joint')],
            },
          ],
        },
        {
          name: '江山市总工会',
          level: 'county',
          area: '330881',
          children: [
            {
              name: '双塔街道总工会',
              level: 'township',
              children: [
                base('江山精工机械有限公司工会'),
                base('双塔街道新就业形态联合工会', 'joint'),
                base('江山市快递物流行业工会', 'industry'),
              ],
            },
          ],
        },
      ],
    },
    {
      name: '杭州市总工会',
      level: 'city',
      area: '330100',
      children: [
        {
          name: '西湖区总工会',
          level: 'county',
          area: '330106',
          children: [
            {
              name: '文新街道总工会',
              level: 'township',
              children: [
                base('西湖区网约配送员联合工会', 'joint'),
                base('杭州万家信息技术有限公司工会'),
                base('杭州顺达物流有限公司工会'),
              ],
            },
            {
              name: '翠苑街道总工会',
              level: 'township',
              children: [
                base('杭州安泰物业服务有限公司工会'),
                base('翠苑街道快递行业联合工会', 'joint'),
                base('翠苑街道家政服务联合工会', 'joint'),
              ],
            },
          ],
        },
        {
          name: '海宁市总工会',
          level: 'county',
          area: '330481',
          children: [
            {
              name: '海洲街道总工会',
              level: 'township',
              children: [
                base('海宁博远纺织有限公司工会'),
                base('海洲街道小微企业联合工会', 'joint'),
                base('海宁锦程汽车配件有限公司工会'),
                base('海洲街道外卖骑手联合工会', 'joint'),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const demoAccounts: Array<{ username: string; displayName: string; role: Role; union: string; note: string }> = [
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    role: 'system_admin',
    union: '浙江省总工会',
    note: 'system admin, province',
  },
  { username: 'auditor', displayName: '审计员', role: 'auditor', union: '浙江省总工会', note: 'auditor, province' },
  {
    username: 'zhejiang',
    displayName: '省总工会管理员',
    role: 'union_admin',
    union: '浙江省总工会',
    note: 'province federation: the working calendar (holiday notice import), deadline policies',
  },
  {
    username: 'quzhou',
    displayName: '衢州市总工会管理员',
    role: 'union_admin',
    union: '衢州市总工会',
    note: 'city federation',
  },
  {
    username: 'longyou',
    displayName: '龙游县总工会管理员',
    role: 'union_admin',
    union: '龙游县总工会',
    note: 'county federation',
  },
  {
    username: 'editor',
    displayName: '龙游县总工会编辑',
    role: 'editor',
    union: '龙游县总工会',
    note: 'editor, county: writes news and notices; longyou reviews them',
  },
  {
    username: 'kecheng',
    displayName: '柯城区总工会管理员',
    role: 'union_admin',
    union: '柯城区总工会',
    note: 'sibling county',
  },
  {
    username: 'longzhou',
    displayName: '龙洲街道工会干部',
    role: 'union_admin',
    union: '龙洲街道总工会',
    note: 'township federation',
  },
  {
    username: 'rider-officer',
    displayName: '送餐员联合工会会员专干',
    role: 'membership_officer',
    union: '龙游县网约送餐员联合工会',
    note: 'membership officer, joint union',
  },
  {
    username: 'benefits',
    displayName: '龙游县总工会普惠专干',
    role: 'benefits_officer',
    union: '龙游县总工会',
    note: 'benefits officer: offers, lottery, check-in, points',
  },
  {
    username: 'assist',
    displayName: '龙游县总工会帮扶专干',
    role: 'assistance_officer',
    union: '龙游县总工会',
    note: 'assistance officer (county): approves above the threshold, budgets, programs',
  },
  {
    username: 'rider-assist',
    displayName: '送餐员联合工会帮扶干事',
    role: 'assistance_officer',
    union: '龙游县网约送餐员联合工会',
    note: 'assistance officer (base union): reviews and proposes amounts',
  },
  {
    username: 'assist-prov',
    displayName: '浙江省总工会帮扶中心',
    role: 'assistance_officer',
    union: '浙江省总工会',
    note: 'assistance officer (province): publishes the profile rules',
  },
  {
    username: 'handler',
    displayName: '龙游县总工会维权专干',
    role: 'case_handler',
    union: '龙游县总工会',
    note: 'case handler: appeals, hotline calls, deadlines',
  },
  {
    username: 'lawyer',
    displayName: '徐律师（工会法律顾问）',
    role: 'lawyer',
    union: '龙游县总工会',
    note: 'lawyer: consultation slots and outcomes',
  },
  {
    username: 'station',
    displayName: '龙游县职工之家站长',
    role: 'station_manager',
    union: '龙游县总工会',
    note: 'station manager: runs 龙游县职工之家 (rooms, bookings, visits, replies)',
  },
  {
    username: 'cinema',
    displayName: '龙游影城收银台',
    role: 'merchant_clerk',
    union: '龙游县总工会',
    note: 'merchant till: redeems 龙游影城 vouchers',
  },
];

export function demoLogins(demoMode: boolean): string {
  const lines = demoAccounts.map((a) => `  ${a.username.padEnd(14)} ${DEMO_PASSWORD}   ${a.note}`);
  return [
    `\nDemo admin logins (http://…/admin)${demoMode ? '' : ' — must change password at first sign-in'}:`,
    ...lines,
    `Demo member login (http://…/): phone ${DEMO_MEMBER_PHONE}, code from the dev SMS inbox (shown on the sign-in page).`,
  ].join('\n');
}

const GIG_CATEGORY: Record<string, 'rider' | 'courier' | 'ride_hailing' | 'trucking' | 'domestic'> = {
  送餐: 'rider',
  骑手: 'rider',
  配送: 'rider',
  快递: 'courier',
  网约车: 'ride_hailing',
  货车: 'trucking',
  家政: 'domestic',
};

const GIG = ['rider', 'courier', 'ride_hailing', 'trucking', 'domestic', 'other_gig'];
function servedCategories(name: string): string[] {
  if (name.includes('新就业形态')) return GIG;
  return [
    ...new Set(
      Object.entries(GIG_CATEGORY)
        .filter(([k]) => name.includes(k))
        .map(([, v]) => v),
    ),
  ];
}

async function insertTree(
  db: Queryable,
  node: Node,
  parent: { id: number; path: string; area: string } | null,
  out: Map<string, { id: number; path: string; level: Level; area: string; formation: Formation }>,
) {
  const formation = node.formation ?? (node.level === 'base' ? 'single' : 'area');
  const area = node.area ?? parent?.area ?? '330000';
  const [row] = await db.query<{ id: number; path: string }>(sql`
    with next as (select nextval(pg_get_serial_sequence('unions', 'id')) as id)
    insert into unions (id, parent_id, path, name, level, formation, address, lng, lat)
    overriding system value
    select next.id, ${parent?.id ?? null}, ${parent?.path ?? '/'} || next.id || '/', ${node.name}, ${node.level}, ${formation},
      ${node.address ?? null}, ${node.lng ?? null}, ${node.lat ?? null}
    from next returning id, path`);
  if (!row) throw new Error('seed insert failed');
  const serves = formation === 'joint' || formation === 'industry' ? servedCategories(node.name) : [];
  if (serves.length) await db.query(sql`update unions set serves = ${serves}::text[] where id = ${row.id}`);
  out.set(node.name, { id: row.id, path: row.path, level: node.level, area, formation });
  for (const child of node.children ?? []) await insertTree(db, child, { id: row.id, path: row.path, area }, out);
}

export async function seedDemo(services: Services): Promise<boolean> {
  const { db, pii, config } = services;
  const [existing] = await db.query<{ n: number }>(sql`select count(*)::bigint as n from unions`);
  if ((existing?.n ?? 0) > 0) return false;
  const r = rng(20261122);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const unions = new Map<string, { id: number; path: string; level: Level; area: string; formation: Formation }>();
    await insertTree(tx, tree, null, unions);

    // Employers: single unions cover their own company; joint unions cover several small ones.
    const employerIds = new Map<number, number[]>();
    for (const [name, u] of unions) {
      if (u.level !== 'base' || name.includes('系统')) continue;
      const isGig = Object.keys(GIG_CATEGORY).some((k) => name.includes(k));
      const names =
        u.formation === 'single'
          ? [name.replace(/工会$/, '')]
          : isGig
            ? []
            : Array.from({ length: r.int(3, 6) }, () => companyName(r, name.slice(0, 2)));
      for (const employerName of names) {
        const [e] = await tx.query<{ id: number }>(sql`
          insert into employers (credit_code, name, union_id, union_path)
          values (${creditCode(r, u.area)}, ${employerName}, ${u.id}, ${u.path}) on conflict do nothing returning id`);
        if (e) employerIds.set(u.id, [...(employerIds.get(u.id) ?? []), e.id]);
      }
    }

    for (const a of demoAccounts) {
      const union = unions.get(a.union);
      if (!union) throw new Error(`demo union missing: ${a.union}`);
      const [acc] = await tx.query<{ id: number }>(sql`
        insert into accounts (username, display_name, password_hash, must_change_password, demo)
        values (${a.username}, ${a.displayName}, ${passwordHash}, true, true) returning id`);
      await tx.query(
        sql`insert into role_grants (account_id, role, union_id) values (${acc?.id}, ${a.role}, ${union.id})`,
      );
    }

    const members: NewMemberRecord[] = [];
    const seenIds = new Set<string>();
    for (const [name, u] of unions) {
      if (u.level !== 'base') continue;
      const category = Object.entries(GIG_CATEGORY).find(([k]) => name.includes(k))?.[1] ?? 'employee';
      const count = r.int(5, 14);
      for (let i = 0; i < count; i++) {
        let id = idNumber(r, u.area.replace(/00$/, '02'), 1968, 2004);
        while (seenIds.has(id)) id = idNumber(r, u.area.replace(/00$/, '02'), 1968, 2004);
        seenIds.add(id);
        const employers = employerIds.get(u.id) ?? [];
        members.push({
          unionId: u.id,
          unionPath: u.path,
          employerId: employers.length ? r.pick(employers) : null,
          name: chineseName(r),
          idNumber: id,
          phone: members.length === 0 ? DEMO_MEMBER_PHONE : mobile(r),
          category,
          joinedAt: new Date(Date.UTC(r.int(2019, 2026), r.int(0, 9), r.int(1, 28))),
        });
      }
    }
    // The demo member belongs to the riders' joint union.
    const riders = unions.get('龙游县网约送餐员联合工会');
    if (riders && members[0])
      Object.assign(members[0], {
        unionId: riders.id,
        unionPath: riders.path,
        employerId: null,
        category: 'rider',
        name: '雷鸣',
      });
    await bulkInsertMembers(tx, pii, members);
    const longyou = unions.get('龙游县总工会');
    if (longyou) await seedBenefits(tx, longyou);
    const [lawyer] = await tx.query<{ id: number }>(sql`select id from accounts where username = 'lawyer'`);
    if (longyou && lawyer) await seedCare(tx, longyou, lawyer.id);
    if (longyou) await seedContent(tx, longyou);
    if (longyou) await seedContests(tx, longyou);
    if (longyou) await seedCourses(tx, longyou);
    if (longyou) await seedStations(tx, longyou);
    if (longyou) await seedVolunteers(tx, longyou);
    if (longyou) await seedJobs(tx, longyou);
  });
  if (!config.demo) {
    // Outside demo mode the printed password is only a first-use password.
    await db.query(sql`update accounts set demo = false`);
  }
  return true;
}
