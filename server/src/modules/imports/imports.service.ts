// Bulk member import: upload → validate every row (nothing written to members) → preview with every
// bad row and why → commit in batches with progress → a downloadable result report. Importing the
// same file again changes nothing: its people are members already.
import crypto from 'node:crypto';
import { can, inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, type Services, systemCtx, transaction } from '../../platform/context.js';
import { AppError, type Lang, notFound } from '../../platform/errors.js';
import { maskIdNumber } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { withinSubtree } from '../../platform/tree.js';
import { csvCell } from '../audit/audit.service.js';
import { insertMembersFromImport } from '../members/members.changes.js';
import { activeMembershipsByHash, activePhonesByHash } from '../members/members.service.js';
import { requireVisibleUnion } from '../unions/unions.lookup.js';
import { readSheet } from './imports.parse.js';
import { type ImportRow, present } from './imports.presenter.js';
import {
  type ErrorRow,
  findColumns,
  type RowError,
  rowErrors,
  type ValidRow,
  validateRow,
} from './imports.validate.js';

const BATCH = 5000;

const selectImport = sql.raw(`select i.*, u.name as union_name,
    (select max(p.id) from member_imports p where p.union_id = i.union_id and p.file_sha256 = i.file_sha256 and p.id < i.id) as duplicate_of
  from member_imports i join unions u on u.id = i.union_id`);

async function loadVisible(ctx: Ctx, id: number): Promise<ImportRow> {
  const [row] = await ctx.db.query<ImportRow>(sql`${selectImport} where i.id = ${id}`);
  if (!row || !can(ctx.actor, 'member.read', row.union_path)) throw notFound();
  return row;
}

export async function createImport(
  ctx: Ctx,
  { unionId, fileName, file }: { unionId: number; fileName: string; file: Buffer },
) {
  const admin = requirePermissionSomewhere(ctx.actor, 'member.manage');
  const union = await requireVisibleUnion(ctx, unionId);
  if (!can(admin, 'member.manage', union.path)) throw new AppError('FORBIDDEN');
  if (union.level !== 'base' || !union.active) throw new AppError('IMPORT_NEEDS_BASE_UNION', { field: 'unionId' });
  const sheet = await readSheet(file, fileName);
  const columns = findColumns(sheet.rows);
  const dataRows = sheet.rows.slice(columns.headerRow + 1);
  const employers = new Map<string, number>();
  for (const e of await ctx.db.query<{ id: number; name: string; credit_code: string }>(
    sql`select id, name, credit_code from employers where ${withinSubtree(sql.raw('union_path'), union.path)}`,
  )) {
    employers.set(e.name, e.id);
    employers.set(e.credit_code, e.id);
  }
  const { pii } = ctx.services;
  const today = new Date();
  const seen = new Set<string>();
  const seenPhones = new Set<string>();
  const results: Array<ValidRow | ErrorRow> = [];
  for (const [i, cells] of dataRows.entries()) {
    if (cells.every((c) => c === '' || c === undefined)) continue; // blank lines people leave in sheets
    const rowNo = columns.headerRow + 2 + i; // as Excel numbers it
    const r = validateRow(cells, rowNo, columns, employers, today);
    if ('idNumber' in r && seen.has(r.idNumber)) {
      results.push({ rowNo, name: r.name, idNumberMasked: maskIdNumber(r.idNumber), errors: ['DUPLICATE_IN_FILE'] });
      continue;
    }
    // A phone signs one member in: a second row with it cannot become a member.
    if ('phone' in r && seenPhones.has(r.phone)) {
      results.push({
        rowNo,
        name: r.name,
        idNumberMasked: maskIdNumber(r.idNumber),
        errors: ['PHONE_DUPLICATE_IN_FILE'],
      });
      continue;
    }
    if ('idNumber' in r) seen.add(r.idNumber);
    if ('phone' in r) seenPhones.add(r.phone);
    results.push(r);
  }
  if (results.length === 0) throw new AppError('IMPORT_EMPTY', { field: 'file' });
  const sha = crypto.createHash('sha256').update(file).digest('hex');

  return transaction(ctx, async (ctx) => {
    const [imp] = await ctx.db.query<{ id: number }>(sql`
      insert into member_imports (union_id, union_path, created_by, file_name, file_sha256, total_rows)
      values (${union.id}, ${union.path}, ${admin.accountId}, ${fileName}, ${sha}, ${results.length}) returning id`);
    const importId = imp?.id ?? 0;
    let valid = 0;
    let existing = 0;
    let errors = 0;
    for (let start = 0; start < results.length; start += BATCH) {
      const batch = results.slice(start, start + BATCH);
      const hashes = batch.map((r) => ('idNumber' in r ? pii.hash('id_number', r.idNumber) : ''));
      const members = await activeMembershipsByHash(ctx, hashes.filter(Boolean));
      const phoneHashes = batch.map((r) => ('phone' in r ? pii.hash('phone', r.phone) : ''));
      const phones = await activePhonesByHash(ctx, phoneHashes.filter(Boolean));
      const rows = batch.map((r, i) => {
        const hash = hashes[i] ?? '';
        if (!('idNumber' in r)) return { r, outcome: 'error', errors: r.errors, hash: null };
        const unionOf = members.get(hash);
        if (unionOf === union.id) return { r, outcome: 'exists', errors: [], hash };
        if (unionOf !== undefined) return { r, outcome: 'error', errors: ['MEMBER_ELSEWHERE'] as RowError[], hash };
        const phoneHolder = phones.get(phoneHashes[i] ?? '');
        if (phoneHolder !== undefined && phoneHolder !== hash)
          return { r, outcome: 'error', errors: ['PHONE_TAKEN'] as RowError[], hash };
        return { r, outcome: 'valid', errors: [], hash };
      });
      for (const row of rows) {
        if (row.outcome === 'valid') valid++;
        else if (row.outcome === 'exists') existing++;
        else errors++;
      }
      const v = (row: (typeof rows)[number]) => ('idNumber' in row.r ? row.r : null);
      await ctx.db.query(sql`
        insert into member_import_rows (import_id, row_no, outcome, errors, name, id_number_cipher, id_number_hash,
          id_number_last4, phone_cipher, phone_hash, gender, birth_date, category, employer_id, joined_at,
          id_number_masked)
        select ${importId}, u.row_no, u.outcome, coalesce(string_to_array(nullif(u.errs, ''), ','), '{}'), u.name, u.idc, u.idh,
          u.last4, u.phc, u.phh, u.gender, u.birth, u.category, u.employer, u.joined, u.masked
        from unnest(
          ${rows.map((x) => x.r.rowNo)}::int[], ${rows.map((x) => x.outcome)}::text[],
          ${rows.map((x) => x.errors.join(','))}::text[], ${rows.map((x) => x.r.name)}::text[],
          ${rows.map((x) => (v(x) ? pii.encrypt(v(x)?.idNumber ?? '') : null))}::text[], ${rows.map((x) => x.hash)}::text[],
          ${rows.map((x) => v(x)?.idNumber.slice(-4) ?? null)}::text[],
          ${rows.map((x) => (v(x) ? pii.encrypt(v(x)?.phone ?? '') : null))}::text[],
          ${rows.map((x) => (v(x) ? pii.hash('phone', v(x)?.phone ?? '') : null))}::text[],
          ${rows.map((x) => v(x)?.gender ?? null)}::text[], ${rows.map((x) => v(x)?.birthDate ?? null)}::date[],
          ${rows.map((x) => v(x)?.category ?? null)}::text[], ${rows.map((x) => v(x)?.employerId ?? null)}::bigint[],
          ${rows.map((x) => v(x)?.joinedAt?.toISOString() ?? null)}::timestamptz[],
          ${rows.map((x) => ('idNumberMasked' in x.r ? x.r.idNumberMasked : null))}::text[])
          as u(row_no, outcome, errs, name, idc, idh, last4, phc, phh, gender, birth, category, employer, joined, masked)`);
    }
    await ctx.db.query(sql`update member_imports set valid_rows = ${valid}, error_rows = ${errors}, existing_rows = ${existing}
      where id = ${importId}`);
    await audit(ctx, {
      action: 'member_import.upload',
      targetType: 'member_import',
      targetId: importId,
      unionId: union.id,
      unionPath: union.path,
      detail: { fileName, rows: results.length, valid, errors, existing },
    });
    return present(ctx, await loadVisible(ctx, importId));
  });
}

export async function getImport(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  return present(ctx, await loadVisible(ctx, id));
}

export async function listImports(ctx: Ctx, query: { page: number; pageSize: number }) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  const where = inScope(ctx.actor, 'member.read', sql.raw('i.union_path'));
  const rows = await ctx.db.query<ImportRow>(
    sql`${selectImport} where ${where} order by i.id desc limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [count] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::bigint as n from member_imports i where ${where}`,
  );
  return { items: rows.map((r) => present(ctx, r)), total: count?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

const errorText = (code: string, lang: Lang) => {
  const entry = rowErrors[code as RowError];
  return entry ? (lang === 'en' ? entry.en : entry.zh) : code;
};

interface StagedRow {
  row_no: number;
  outcome: 'valid' | 'exists' | 'error' | 'inserted';
  errors: string[];
  name: string | null;
  id_number_cipher: string | null;
  id_number_masked: string | null;
}

export async function listImportRows(
  ctx: Ctx,
  {
    id,
    query,
    lang,
  }: { id: number; query: { outcome?: StagedRow['outcome']; page: number; pageSize: number }; lang: Lang },
) {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  await loadVisible(ctx, id);
  const filter = query.outcome ? sql`and outcome = ${query.outcome}` : sql``;
  const rows = await ctx.db.query<StagedRow>(sql`
    select row_no, outcome, errors, name, id_number_cipher, id_number_masked from member_import_rows where import_id = ${id} ${filter}
    order by row_no limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`);
  const [count] = await ctx.db.query<{ n: number }>(
    sql`select count(*)::bigint as n from member_import_rows where import_id = ${id} ${filter}`,
  );
  return {
    items: rows.map((r) => ({
      rowNo: r.row_no,
      outcome: r.outcome,
      name: r.name,
      idNumber: r.id_number_cipher ? maskIdNumber(ctx.services.pii.decrypt(r.id_number_cipher)) : r.id_number_masked,
      errors: r.errors.map((code) => ({ code, message: errorText(code, lang) })),
    })),
    total: count?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Starts committing in the background; progress is read with getImport. */
export async function commitImport(ctx: Ctx, id: number) {
  requirePermissionSomewhere(ctx.actor, 'member.manage');
  const imp = await loadVisible(ctx, id);
  if (!can(ctx.actor, 'member.manage', imp.union_path)) throw new AppError('FORBIDDEN');
  const [claimed] = await ctx.db.query<{ id: number }>(
    sql`update member_imports set status = 'committing' where id = ${id} and status = 'validated' returning id`,
  );
  if (!claimed) throw new AppError('IMPORT_NOT_VALIDATED');
  await audit(ctx, {
    action: 'member_import.commit',
    targetType: 'member_import',
    targetId: id,
    unionId: imp.union_id,
    unionPath: imp.union_path,
  });
  void runCommit(ctx, id).catch((error) => console.error('import commit failed', id, error));
  return present(ctx, await loadVisible(ctx, id));
}

/** Commits batch by batch; safe to run again after a crash (rows already inserted are skipped). */
export async function runCommit(ctx: Ctx, id: number) {
  const [imp] = await ctx.db.query<ImportRow>(sql`${selectImport} where i.id = ${id}`);
  if (imp?.status !== 'committing') return;
  const [{ max = 0 } = {}] = await ctx.db.query<{ max: number }>(
    sql`select coalesce(max(row_no), 0)::int as max from member_import_rows where import_id = ${id}`,
  );
  for (let from = 0; from < max; from += BATCH) {
    await transaction(ctx, async (ctx) => {
      const inserted = await insertMembersFromImport(ctx, {
        importId: id,
        fromRow: from,
        toRow: from + BATCH,
        union: {
          id: imp.union_id,
          path: imp.union_path,
        },
      });
      await ctx.db.query(sql`update member_import_rows set outcome = 'inserted'
        where import_id = ${id} and row_no > ${from} and row_no <= ${from + BATCH} and outcome = 'valid'
          and id_number_hash = any(${inserted}::text[])`);
      // Rows still 'valid' lost a race: the person joined elsewhere, or their phone became another member's,
      // after validation.
      await ctx.db.query(sql`update member_import_rows r set outcome = 'error',
          errors = case when exists (select 1 from members m where m.phone_hash = r.phone_hash and m.status = 'active'
            and m.id_number_hash <> r.id_number_hash) then '{PHONE_TAKEN}'::text[] else '{MEMBER_ELSEWHERE}'::text[] end
        where import_id = ${id} and row_no > ${from} and row_no <= ${from + BATCH} and outcome = 'valid'`);
      await ctx.db.query(sql`update member_imports set inserted = inserted + ${inserted.length} where id = ${id}`);
    });
  }
  await ctx.db.query(sql`update member_imports set status = 'committed', committed_at = now() where id = ${id}`);
}

/** At start-up: finish commits a stopped process left half done. */
export async function resumeImports(services: Services) {
  const ctx = systemCtx(services);
  const open = await ctx.db.query<{ id: number }>(sql`select id from member_imports where status = 'committing'`);
  for (const { id } of open) await runCommit(ctx, id);
}

export async function importReport(ctx: Ctx, { id, lang }: { id: number; lang: Lang }): Promise<string> {
  requirePermissionSomewhere(ctx.actor, 'member.read');
  await loadVisible(ctx, id);
  const rows = await ctx.db.query<StagedRow>(
    sql`select row_no, outcome, errors, name, id_number_cipher, id_number_masked from member_import_rows where import_id = ${id} order by row_no`,
  );
  const outcome = {
    valid: ['待提交', 'to commit'],
    exists: ['已是本会会员', 'already a member here'],
    error: ['未导入', 'not imported'],
    inserted: ['已导入', 'imported'],
  };
  const header =
    lang === 'en' ? ['row', 'name', 'ID number', 'result', 'reason'] : ['行号', '姓名', '身份证号', '结果', '原因'];
  const lines = rows.map((r) =>
    [
      r.row_no,
      r.name,
      r.id_number_cipher ? maskIdNumber(ctx.services.pii.decrypt(r.id_number_cipher)) : (r.id_number_masked ?? ''),
      outcome[r.outcome][lang === 'en' ? 1 : 0],
      r.errors.map((c) => errorText(c, lang)).join('；'),
    ]
      .map(csvCell)
      .join(','),
  );
  await audit(ctx, {
    action: 'member_import.report',
    targetType: 'member_import',
    targetId: id,
    detail: { rows: rows.length },
  });
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export const TEMPLATE_HEADERS = ['姓名', '身份证号', '手机号', '工作单位', '身份类别', '入会日期'];
export const TEMPLATE_EXAMPLE = [
  '张三',
  '11010519491231002X',
  '13812345678',
  '（本工会登记的单位名称）',
  '职工',
  '2024-03-01',
];
export function templateCsv(): string {
  return `\uFEFF${TEMPLATE_HEADERS.join(',')}\r\n${TEMPLATE_EXAMPLE.map(csvCell).join(',')}\r\n`;
}
