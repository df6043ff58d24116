// Bulk generator behind `npm run seed:scale` and the benchmarks. Ids are drawn from the sequence
// first so paths can be computed in memory and whole levels inserted with one statement.

import { bulkInsertMembers } from '../modules/members/members.changes.js';
import type { NewMemberRecord } from '../modules/members/members.service.js';
import type { Queryable } from '../platform/db.js';
import type { Pii } from '../platform/pii.js';
import { sql } from '../platform/sql.js';
import { idCheckChar } from '../platform/validators.js';
import { chineseName, creditCode, rng } from './generators.js';

interface Node {
  id: number;
  parentId: number | null;
  path: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'base';
  formation: 'single' | 'joint' | 'industry' | 'area';
}

async function drawIds(db: Queryable, n: number): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence('unions', 'id'))::bigint as id from generate_series(1, ${n})`,
  );
  return rows.map((r) => r.id);
}

async function insertUnions(db: Queryable, nodes: Node[]) {
  for (let i = 0; i < nodes.length; i += 5000) {
    const b = nodes.slice(i, i + 5000);
    await db.query(sql`
      insert into unions (id, parent_id, path, name, level, formation) overriding system value
      select * from unnest(${b.map((n) => n.id)}::bigint[], ${b.map((n) => n.parentId)}::bigint[], ${b.map((n) => n.path)}::text[],
        ${b.map((n) => n.name)}::text[], ${b.map((n) => n.level)}::text[], ${b.map((n) => n.formation)}::text[])`);
  }
}

const CATEGORIES = [
  'employee',
  'employee',
  'employee',
  'employee',
  'rider',
  'courier',
  'ride_hailing',
  'trucking',
  'domestic',
] as const;

export async function seedScale(
  db: Queryable,
  pii: Pii,
  opts: { unions: number; members: number; log?: (line: string) => void; seed?: number },
) {
  const log = opts.log ?? (() => undefined);
  const r = rng(opts.seed ?? 99);
  let [root] = await db.query<{ id: number; path: string }>(
    sql`select id, path from unions where parent_id is null order by id limit 1`,
  );
  if (!root) {
    const [id] = await drawIds(db, 1);
    await insertUnions(db, [
      { id: id ?? 0, parentId: null, path: `/${id}/`, name: '浙江省总工会', level: 'province', formation: 'area' },
    ]);
    root = { id: id ?? 0, path: `/${id}/` };
  }
  const batch = Date.now().toString(36);
  const [cityId] = await drawIds(db, 1);
  const city: Node = {
    id: cityId ?? 0,
    parentId: root.id,
    path: `${root.path}${cityId}/`,
    name: `规模测试市总工会-${batch}`,
    level: 'city',
    formation: 'area',
  };
  const counties = Math.max(1, Math.round(Math.sqrt(opts.unions) / 7));
  const townshipsPer = Math.max(1, Math.round(Math.sqrt(opts.unions) / 7));
  const federations = 1 + counties + counties * townshipsPer;
  const bases = Math.max(0, opts.unions - federations);
  const ids = await drawIds(db, federations - 1 + bases);
  let next = 0;
  const take = () => ids[next++] ?? 0;
  const countyNodes: Node[] = [];
  const townshipNodes: Node[] = [];
  for (let c = 0; c < counties; c++) {
    const id = take();
    countyNodes.push({
      id,
      parentId: city.id,
      path: `${city.path}${id}/`,
      name: `第${c + 1}县区总工会`,
      level: 'county',
      formation: 'area',
    });
  }
  for (const county of countyNodes) {
    for (let t = 0; t < townshipsPer; t++) {
      const id = take();
      townshipNodes.push({
        id,
        parentId: county.id,
        path: `${county.path}${id}/`,
        name: `${county.name}第${t + 1}街道总工会`,
        level: 'township',
        formation: 'area',
      });
    }
  }
  const baseNodes: Node[] = [];
  for (let b = 0; b < bases; b++) {
    const parent = townshipNodes[b % townshipNodes.length] ?? city;
    const id = take();
    const joint = b % 10 === 0;
    baseNodes.push({
      id,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      name: joint ? `联合工会${b + 1}号` : `企业${b + 1}号公司工会`,
      level: 'base',
      formation: joint ? 'joint' : 'single',
    });
  }
  await insertUnions(db, [city, ...countyNodes, ...townshipNodes, ...baseNodes]);
  log(`unions: ${1 + countyNodes.length + townshipNodes.length + baseNodes.length}`);

  let employers = 0;
  for (let i = 0; i < baseNodes.length; i += 5000) {
    const b = baseNodes.slice(i, i + 5000);
    const rows = await db.query(sql`
      insert into employers (credit_code, name, union_id, union_path)
      select * from unnest(${b.map(() => creditCode(r, '330100'))}::text[], ${b.map((n) => n.name.replace(/工会$/, ''))}::text[],
        ${b.map((n) => n.id)}::bigint[], ${b.map((n) => n.path)}::text[])
      on conflict (credit_code) do nothing returning id`);
    employers += rows.length;
  }
  log(`employers: ${employers}`);

  // Unique ID numbers by construction: the member index picks the birth date and sequence number.
  const days = 14_600;
  const start = Date.UTC(1966, 0, 1);
  const area = String(330100 + (Number(batch.slice(-3).replace(/\D/g, '') || 0) % 90) + 2);
  let inserted = 0;
  const chunk = 10_000;
  const targets = baseNodes.length ? baseNodes : [city];
  for (let i = 0; i < opts.members; i += chunk) {
    const records: NewMemberRecord[] = [];
    for (let k = i; k < Math.min(opts.members, i + chunk); k++) {
      const date = new Date(start + (k % days) * 86_400_000);
      const body = `${area}${date.getUTCFullYear()}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}${String(Math.floor(k / days) + 1).padStart(3, '0')}`;
      const union = targets[k % targets.length] as Node;
      records.push({
        unionId: union.id,
        unionPath: union.path,
        employerId: null,
        name: chineseName(r),
        idNumber: body + idCheckChar(body),
        phone: `19${String(k + Number(cityId) * 1_000_003)
          .padStart(9, '0')
          .slice(-9)}`,
        category: CATEGORIES[k % CATEGORIES.length] ?? 'employee',
        joinedAt: new Date(Date.UTC(2015 + (k % 11), k % 12, 1 + (k % 28))),
      });
    }
    inserted += await bulkInsertMembers(db, pii, records);
    if ((i / chunk) % 10 === 0) log(`members: ${inserted}`);
  }
  return {
    unions: 1 + countyNodes.length + townshipNodes.length + baseNodes.length,
    employers,
    members: inserted,
    cityId: city.id,
  };
}
