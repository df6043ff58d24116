import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  buildAccount,
  buildMember,
  dbKinds,
  type TestApp,
  validCreditCode,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { idCheckChar } from '../../platform/validators.js';
import { zipInflatedSize } from './imports.parse.js';
import { parseDate } from './imports.validate.js';

const id = (n: number, year = 1985) => {
  const body = `330825${year}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + (n % 28)).padStart(2, '0')}${String(100 + (n % 900)).padStart(3, '0')}`;
  return body + idCheckChar(body);
};
const fullWidth = (s: string) =>
  [...s].map((c) => (/[0-9A-Z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

async function upload(t: TestApp, agent: Agent, unionId: number, fileName: string, body: Buffer) {
  return t.app.inject({
    method: 'POST',
    url: `/api/member-imports?unionId=${unionId}&fileName=${encodeURIComponent(fileName)}`,
    headers: {
      cookie: agent.cookie ?? '',
      'x-csrf-token': agent.csrf ?? '',
      'content-type': 'application/octet-stream',
    },
    payload: body,
    remoteAddress: agent.ip,
  });
}

async function waitCommitted(agent: Agent, importId: number) {
  for (let i = 0; i < 200; i++) {
    const imp = (await agent.get(`/api/member-imports/${importId}`)).json();
    if (imp.status === 'committed') return imp;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('commit did not finish');
}

describe.each(dbKinds)('member import on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let officer: Agent;
  let elsewhere: Awaited<ReturnType<typeof buildMember>>;
  let here: Awaited<ReturnType<typeof buildMember>>;

  beforeAll(async () => {
    await t.db.query(sql`insert into employers (credit_code, name, union_id, union_path)
      values (${validCreditCode()}, '甲县一号有限公司', ${tree.u1.id}, ${tree.u1.path})`);
    officer = await adminAgent(t, await buildAccount(t, { role: 'membership_officer', union: tree.u1 }));
    elsewhere = await buildMember(t, tree.u3);
    here = await buildMember(t, tree.u1);
  });

  /** 1,000 rows as people fill them, with exactly known problems. */
  function messyCsv(): { csv: string; expectErrors: Map<number, string[]>; valid: number } {
    const lines = ['甲县一号公司工会会员花名册,,,,,', ' 姓名 ,身份证号码（必填）,手机号码,工作单位,人员类别,入会日期'];
    const expectErrors = new Map<number, string[]>();
    let valid = 0;
    for (let n = 0; n < 1000; n++) {
      // Excel row numbers: title and header above, and one blank line after data row 500.
      const rowNo = n + 3 + (n > 500 ? 1 : 0);
      let cells = [`职工${n} `, id(n), `138${String(n).padStart(8, '0')}`, '甲县一号有限公司', '职工', '2023/1/5'];
      if (n % 10 === 1) {
        cells[1] = `${id(n).slice(0, 17)}${id(n)[17] === '0' ? '1' : '0'}`;
        expectErrors.set(rowNo, ['ID_INVALID']);
      } else if (n % 10 === 3) {
        cells[2] = '1381234';
        expectErrors.set(rowNo, ['PHONE_INVALID']);
      } else if (n % 20 === 5) {
        cells[3] = '不存在的公司';
        expectErrors.set(rowNo, ['EMPLOYER_UNKNOWN']);
      } else if (n % 20 === 15) {
        cells[5] = '去年';
        expectErrors.set(rowNo, ['DATE_INVALID']);
      } else if (n === 2) {
        cells[1] = id(0); // same person as row 3
        expectErrors.set(rowNo, ['DUPLICATE_IN_FILE']);
      } else if (n === 4) {
        cells[1] = elsewhere.idNumber;
        expectErrors.set(rowNo, ['MEMBER_ELSEWHERE']);
      } else if (n === 12) {
        cells[2] = `138${String(10).padStart(8, '0')}`; // row 13's phone: one phone, one member
        expectErrors.set(rowNo, ['PHONE_DUPLICATE_IN_FILE']);
      } else if (n === 14) {
        cells[2] = elsewhere.phone;
        expectErrors.set(rowNo, ['PHONE_TAKEN']);
      } else if (n === 6) {
        cells[1] = here.idNumber;
      } else if (n === 8) {
        cells = [
          cells[0] ?? '',
          fullWidth(id(n)),
          fullWidth(cells[2] ?? ''),
          '甲县一号有限公司 ',
          '外卖骑手',
          '2023年1月5日',
        ];
        valid++;
      } else if (n === 9) {
        cells[1] = `"${id(n).toLowerCase()}"`;
        cells[4] = '';
        valid++;
      } else valid++;
      lines.push(cells.join(','));
      if (n === 500) lines.push(',,,,,'); // a blank line in the middle
    }
    return { csv: `${lines.join('\r\n')}\r\n`, expectErrors, valid };
  }

  it('validates a messy 1,000-row CSV with an exact error report, commits with progress, and re-importing changes nothing', async () => {
    const { csv, expectErrors, valid } = messyCsv();
    const res = await upload(t, officer, tree.u1.id, '花名册.csv', Buffer.from(csv));
    expect(res.statusCode, res.body).toBe(200);
    const imp = res.json();
    expect(imp).toMatchObject({
      status: 'validated',
      totalRows: 1000,
      validRows: valid,
      errorRows: expectErrors.size,
      existingRows: 1,
      actions: ['commit'],
    });
    const errors = (await officer.get(`/api/member-imports/${imp.id}/rows?outcome=error&pageSize=100`)).json();
    expect(errors.total).toBe(expectErrors.size);
    const all: Array<{ rowNo: number; errors: Array<{ code: string; message: string }> }> = [];
    for (let page = 1; page <= Math.ceil(errors.total / 100); page++) {
      all.push(
        ...(await officer.get(`/api/member-imports/${imp.id}/rows?outcome=error&pageSize=100&page=${page}`)).json()
          .items,
      );
    }
    expect(new Map(all.map((r) => [r.rowNo, r.errors.map((e) => e.code)]))).toEqual(expectErrors);
    expect(all[0]?.errors[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
    // A row refused for its ID number shows what was typed, masked (first four, last four), to find it in the file.
    const wrongId = `${id(1).slice(0, 17)}${id(1)[17] === '0' ? '1' : '0'}`;
    const row4 = all.find((r) => r.rowNo === 4) as unknown as { idNumber: string | null };
    expect(row4.idNumber).toBe(`${wrongId.slice(0, 4)}**********${wrongId.slice(-4)}`);
    expect(JSON.stringify(all)).not.toContain(wrongId);
    // Nothing is a member yet.
    const [before] = await t.db.query<{ n: number }>(sql`select count(*)::bigint as n from members`);
    const committing = await officer.post(`/api/member-imports/${imp.id}/commit`);
    expect(committing.json().status).toMatch(/committing|committed/);
    const done = await waitCommitted(officer, imp.id);
    expect(done.inserted).toBe(valid);
    const [after] = await t.db.query<{ n: number }>(sql`select count(*)::bigint as n from members`);
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(valid);
    const [rider] = await t.db.query<{ category: string; joined_at: Date }>(
      sql`select category, joined_at from members where id_number_hash = ${t.services.pii.hash('id_number', id(8))}`,
    );
    expect(rider?.category).toBe('rider');
    expect(rider?.joined_at.toISOString().slice(0, 10)).toBe('2023-01-05');
    expect((await officer.post(`/api/member-imports/${imp.id}/commit`)).json().error.code).toBe('IMPORT_NOT_VALIDATED');
    const report = await officer.get(`/api/member-imports/${imp.id}/report`);
    expect(report.body.split('\r\n').filter(Boolean)).toHaveLength(1001);
    expect(report.body).toContain('身份证号不正确');

    const again = (await upload(t, officer, tree.u1.id, '花名册.csv', Buffer.from(csv))).json();
    expect(again).toMatchObject({ duplicateOf: imp.id, validRows: 0, existingRows: valid + 1, actions: [] });
    const [still] = await t.db.query<{ n: number }>(sql`select count(*)::bigint as n from members`);
    expect(still?.n).toBe(after?.n);
  });

  it('reads .xlsx with a merged title, flags formula cells and ID numbers Excel turned into numbers', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('会员');
    sheet.addRow(['会员花名册']);
    sheet.mergeCells('A1:E1');
    sheet.addRow(['姓名', '身份证号', '手机号', '身份类别', '入会日期']);
    sheet.addRow(['王一', id(2001, 1990), '13900000001', '快递员', new Date(Date.UTC(2022, 5, 1))]);
    sheet.addRow(['王二', { formula: 'CONCATENATE("3308","25")', result: '330825' }, '13900000002', '职工', '']);
    // What Excel does to an ID number typed into a General cell: a float that lost its last digits.
    sheet.addRow(['王三', Number('330825199001011234'), '13900000003', '职工', '']);
    sheet.addRow(['王四', id(2004, 1991), '13900000004', '职工', '44927']);
    const res = await upload(t, officer, tree.u1.id, '名册.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ totalRows: 4, validRows: 2, errorRows: 2 });
    const rows = (await officer.get(`/api/member-imports/${res.json().id}/rows`)).json().items;
    expect(
      rows.map((r: { rowNo: number; errors: Array<{ code: string }> }) => [r.rowNo, r.errors.map((e) => e.code)]),
    ).toEqual([
      [3, []],
      [4, ['FORMULA']],
      [5, ['ID_LOST_DIGITS']],
      [6, []],
    ]);
  });

  it('refuses wrong columns, a renamed non-xlsx, a 30 MB file, an empty sheet and another union', async () => {
    const wrong = await upload(t, officer, tree.u1.id, 'a.csv', Buffer.from('名字,电话\n张三,13800000000\n'));
    expect(wrong.json().error.code).toBe('IMPORT_COLUMNS_MISSING');
    const missingPhone = await upload(
      t,
      officer,
      tree.u1.id,
      'a.csv',
      Buffer.from('姓名,身份证号\n张三,11010519491231002X\n'),
    );
    expect(missingPhone.json().error).toMatchObject({ code: 'IMPORT_COLUMNS_MISSING', field: 'phone' });
    const renamed = await upload(t, officer, tree.u1.id, 'a.xlsx', Buffer.from('%PDF-1.4 not a workbook'));
    expect(renamed.json().error.code).toBe('IMPORT_FILE_UNREADABLE');
    const huge = await upload(t, officer, tree.u1.id, 'a.csv', Buffer.alloc(30 * 1024 * 1024, 0x41));
    expect(huge.statusCode).toBe(413);
    const empty = await upload(t, officer, tree.u1.id, 'a.csv', Buffer.from('姓名,身份证号,手机号\n,,\n'));
    expect(empty.json().error.code).toBe('IMPORT_EMPTY');
    const other = await upload(t, officer, tree.u3.id, 'a.csv', Buffer.from('姓名,身份证号,手机号\n'));
    expect(other.statusCode).toBe(404);
    const gbk = Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x0a]); // "姓名," in GBK
    expect((await upload(t, officer, tree.u1.id, 'a.csv', gbk)).json().error.code).toBe('IMPORT_COLUMNS_MISSING');
  });

  it('refuses an .xlsx that would unpack to hundreds of megabytes (zip bomb), before inflating it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('会员').addRow(['姓名', '身份证号', '手机号']);
    const real = Buffer.from(await book.xlsx.writeBuffer());
    expect(zipInflatedSize(real)?.bytes).toBeLessThan(100_000);
    // Rewrite one central-directory entry to declare 400 MB, as a bomb would.
    const bomb = Buffer.from(real);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const central = bomb.readUInt32LE(eocd + 16);
    bomb.writeUInt32LE(400 * 1024 * 1024, central + 24);
    const res = await upload(t, officer, tree.u1.id, 'bomb.xlsx', bomb);
    expect(res.json().error.code).toBe('IMPORT_FILE_TOO_LARGE_UNPACKED');
  });

  it('serves the templates', async () => {
    expect((await officer.get('/api/member-imports/template.csv')).body).toContain('姓名,身份证号,手机号');
    const xlsx = await officer.get('/api/member-imports/template.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('import dates', () => {
  it.each([
    ['2023-1-5', '2023-01-05'],
    ['2023/01/05', '2023-01-05'],
    ['2023.1.5', '2023-01-05'],
    ['2023年1月5日', '2023-01-05'],
    ['20230105', '2023-01-05'],
    ['44927', '2023-01-01'],
  ])('reads %s', (text, iso) => expect(parseDate(text)?.toISOString().slice(0, 10)).toBe(iso));
  it.each(['2023-02-30', '去年', '2099-01-01', '1900-01-01'])('refuses %s', (text) =>
    expect(parseDate(text)).toBeNull(),
  );
});
