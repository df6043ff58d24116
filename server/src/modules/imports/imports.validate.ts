// Turns sheet rows into member records or row errors. Pure: no database; the service supplies the
// union's employers and looks up existing memberships.

import { AppError } from '../../platform/errors.js';
import { maskIdNumber } from '../../platform/mask.js';
import { normalizeText, parseIdNumber, parsePhone } from '../../platform/validators.js';
import type { MemberCategory } from '../members/members.schemas.js';
import type { Cell } from './imports.parse.js';

export const rowErrors = {
  NAME_MISSING: { zh: '缺少姓名', en: 'Name missing' },
  NAME_INVALID: { zh: '姓名过长或含特殊符号', en: 'Name too long or has < >' },
  ID_MISSING: { zh: '缺少身份证号', en: 'ID number missing' },
  ID_INVALID: { zh: '身份证号不正确', en: 'Not a valid ID number' },
  ID_LOST_DIGITS: {
    zh: '身份证号被 Excel 存成了数字，末尾数字已丢失，请将该列设为文本',
    en: 'Excel stored the ID number as a number and lost digits; format the column as text',
  },
  TOO_YOUNG: { zh: '未满 16 周岁', en: 'Younger than 16' },
  PHONE_INVALID: { zh: '手机号不正确', en: 'Not a valid mobile number' },
  CATEGORY_UNKNOWN: { zh: '身份类别无法识别', en: 'Unknown category' },
  EMPLOYER_UNKNOWN: { zh: '工作单位未在本工会登记', en: 'Employer not registered with this union' },
  DATE_INVALID: { zh: '入会日期无法识别', en: 'Join date not understood' },
  FORMULA: { zh: '单元格含公式，请改为数值', en: 'A cell holds a formula; paste values instead' },
  DUPLICATE_IN_FILE: { zh: '与文件中前面的行身份证号重复', en: 'Same ID number as an earlier row' },
  MEMBER_ELSEWHERE: { zh: '已是其他工会会员，请走转会', en: 'Already a member of another union; use a transfer' },
  PHONE_DUPLICATE_IN_FILE: {
    zh: '与文件中前面的行手机号重复（一个手机号只能登记一位会员）',
    en: 'Same phone as an earlier row (a phone belongs to one member)',
  },
  PHONE_TAKEN: {
    zh: '该手机号已是另一位会员的登录手机号',
    en: 'This phone already belongs to another member',
  },
} as const;
export type RowError = keyof typeof rowErrors;

const aliases: Record<string, string[]> = {
  name: ['姓名', '名字', '职工姓名', '会员姓名', 'name'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', 'idnumber', 'id'],
  phone: ['手机号', '手机号码', '手机', '联系电话', '电话', '联系方式', 'phone', 'mobile'],
  employer: ['工作单位', '单位', '单位名称', '所在单位', '企业名称', '统一社会信用代码', 'employer'],
  category: ['身份类别', '人员类别', '职工类别', '类别', '就业形态', 'category'],
  joinedAt: ['入会日期', '入会时间', '入会年月', 'joinedat', 'joined'],
};
const required = ['name', 'idNumber', 'phone'] as const;

const headerKey = (cell: Cell) =>
  typeof cell === 'string'
    ? normalizeText(cell)
        .toLowerCase()
        .replace(/[\s*＊]/g, '')
        .replace(/[(（].*?[)）]/g, '')
    : '';

export interface Columns {
  headerRow: number;
  index: Partial<Record<keyof typeof aliases, number>>;
}

/** Finds the header among the first rows (titles and merged cells above it are skipped). */
export function findColumns(rows: Cell[][]): Columns {
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const index: Columns['index'] = {};
    const row = rows[r] ?? [];
    const above = rows[r - 1] ?? [];
    for (let c = 0; c < Math.max(row.length, above.length); c++) {
      // A header merged down from the row above leaves this cell empty.
      const key = headerKey(row[c] ?? '') || headerKey(above[c] ?? '');
      for (const [field, names] of Object.entries(aliases)) {
        if (names.includes(key) && index[field] === undefined) index[field] = c;
      }
    }
    if (index.name !== undefined && index.idNumber !== undefined) {
      const missing = required.filter((f) => index[f] === undefined);
      if (missing.length) throw new AppError('IMPORT_COLUMNS_MISSING', { field: missing.join(',') });
      return { headerRow: r, index };
    }
  }
  throw new AppError('IMPORT_COLUMNS_MISSING', { field: required.join(',') });
}

const categoryNames: Record<string, MemberCategory> = {
  职工: 'employee',
  在职职工: 'employee',
  员工: 'employee',
  企业职工: 'employee',
  外卖骑手: 'rider',
  骑手: 'rider',
  外卖员: 'rider',
  网约送餐员: 'rider',
  快递员: 'courier',
  快递小哥: 'courier',
  网约车司机: 'ride_hailing',
  网约车: 'ride_hailing',
  货车司机: 'trucking',
  货车: 'trucking',
  卡车司机: 'trucking',
  家政服务员: 'domestic',
  家政: 'domestic',
  其他: 'other_gig',
  其他新就业形态: 'other_gig',
};

/** 2023-1-5, 2023/01/05, 2023.1.5, 2023年1月5日, 20230105, or an Excel serial day number. */
export function parseDate(text: string): Date | null {
  const s = normalizeText(text);
  let m: readonly string[] | null =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m && /^\d{5}(\.\d+)?$/.test(s)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(s)) * 86_400_000);
    m = [s, String(d.getUTCFullYear()), String(d.getUTCMonth() + 1), String(d.getUTCDate())];
  }
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || y < 1950 || date.getTime() > Date.now()) return null;
  return date;
}

export interface ValidRow {
  rowNo: number;
  name: string;
  idNumber: string;
  birthDate: string;
  gender: 'male' | 'female';
  phone: string;
  category: MemberCategory;
  employerId: number | null;
  joinedAt: Date | null;
}
export interface ErrorRow {
  rowNo: number;
  name: string | null;
  /** What was typed in the ID column, masked: enough to find the row, never the whole number. */
  idNumberMasked: string | null;
  errors: RowError[];
}

export function validateRow(
  cells: Cell[],
  rowNo: number,
  columns: Columns,
  employers: Map<string, number>,
  today = new Date(),
): ValidRow | ErrorRow {
  const errors: RowError[] = [];
  /** The cell's text; null when the cell held something unusable (already reported). */
  const get = (field: keyof typeof aliases): string | null => {
    const i = columns.index[field];
    const cell = i === undefined ? '' : (cells[i] ?? '');
    if (typeof cell === 'object') {
      errors.push('formula' in cell ? 'FORMULA' : 'ID_LOST_DIGITS');
      return null;
    }
    return normalizeText(cell);
  };
  const name = get('name');
  if (!name) errors.push('NAME_MISSING');
  else if ([...name].length > 50 || /[<>]/.test(name)) errors.push('NAME_INVALID');
  const idText = get('idNumber');
  const id = idText ? parseIdNumber(idText, today) : null;
  if (idText === '') errors.push('ID_MISSING');
  else if (id && !id.ok) errors.push('ID_INVALID');
  if (id?.ok) {
    const birth = new Date(`${id.value.birthDate}T00:00:00Z`);
    const sixteen = new Date(Date.UTC(birth.getUTCFullYear() + 16, birth.getUTCMonth(), birth.getUTCDate()));
    if (sixteen > today) errors.push('TOO_YOUNG');
  }
  const phoneText = get('phone');
  const phone = phoneText === null ? null : parsePhone(phoneText);
  if (phoneText !== null && !phone) errors.push('PHONE_INVALID');
  const categoryText = get('category');
  const category = categoryText ? categoryNames[categoryText] : 'employee';
  if (categoryText !== null && !category) errors.push('CATEGORY_UNKNOWN');
  const employerText = get('employer');
  const employerId = employerText
    ? (employers.get(employerText) ?? employers.get(employerText.toUpperCase()) ?? null)
    : null;
  if (employerText && employerId === null) errors.push('EMPLOYER_UNKNOWN');
  const joinedText = get('joinedAt');
  const joinedAt = joinedText ? parseDate(joinedText) : null;
  if (joinedText && !joinedAt) errors.push('DATE_INVALID');
  if (errors.length || !id?.ok || !phone || !category)
    return {
      rowNo,
      name: name || null,
      idNumberMasked: idText ? maskIdNumber(idText.toUpperCase().slice(0, 24)) : null,
      errors: [...new Set(errors)],
    };
  return {
    rowNo,
    name: name ?? '',
    idNumber: id.value.idNumber,
    birthDate: id.value.birthDate,
    gender: id.value.gender,
    phone,
    category,
    employerId,
    joinedAt,
  };
}
