// A whole phone or ID number typed into a search box never reaches a log line, an audit row, a link or
// a stored filter in plain text (issue 21 §4). The searches are made, then the whole database is dumped
// as text and grepped, and so is everything the server logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/platform/sql.js';
import { idCheckChar } from '../src/platform/validators.js';
import {
  Agent,
  adminAgent,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  dbKinds,
  memberAgent,
  type TestApp,
} from './harness.js';

const fullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe.each(dbKinds)('whole phone and ID numbers searched on %s', (kind) => {
  let t: TestApp;
  const log: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind, {}, { logStream: { write: (line) => log.push(line) } });
  });
  afterAll(() => t.close());

  it('leave no plain copy in the database or the log, and still find the member by POST', async () => {
    const tree = await buildTree(t);
    const member = await buildMember(t, tree.u1);
    const officer = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    await t.db.query(
      sql`insert into role_grants (account_id, role, union_id) values (${officer.id}, 'assistance_officer', ${tree.c1.id})`,
    );
    const agent = await adminAgent(t, officer);
    const { phone, idNumber } = member;
    const refused: string[] = [];
    for (const url of [
      `/api/members?q=${phone}`,
      `/api/members?q=${encodeURIComponent(fullWidth(phone))}`,
      `/api/members?q=${encodeURIComponent(`+86 ${phone.slice(0, 3)} ${phone.slice(3)}`)}`,
      `/api/members/export?q=${idNumber}`,
      `/api/applications?q=${phone}`,
      `/api/assistance?q=${idNumber.toLowerCase()}`,
    ]) {
      const res = await agent.get(url);
      refused.push(`${res.statusCode} ${res.statusCode === 200 ? url : res.json().error?.code}`);
    }
    expect(refused).toEqual(Array(6).fill('400 SEARCH_WHOLE_IDENTIFIER'));
    const request = await agent.post('/api/export-requests', {
      kind: 'members',
      filters: { unionId: tree.u1.id, q: idNumber },
      reason: '核对',
    });
    expect(request.json().error.code).toBe('SEARCH_WHOLE_IDENTIFIER');
    // By POST, the name box and the exact fields find the member (by keyed hash), and only that member.
    for (const body of [{ q: phone }, { q: fullWidth(idNumber) }, { phone }, { idNumber }]) {
      const found = await agent.post('/api/members/search', { ...body, page: 1, pageSize: 20 });
      expect(found.json().items.map((m: { id: number }) => m.id)).toEqual([member.id]);
    }
    // Applications and assistance cases are found the same way, by POST.
    const applicantPhone = '13912345678';
    const applicantId = `11010519900307123${idCheckChar('11010519900307123')}`;
    const applicant = await memberAgent(t, applicantPhone);
    const application = await applicant.post('/api/me/applications', {
      name: '申请人',
      idNumber: applicantId,
      category: 'employee',
      viaUnionId: tree.u1.id,
    });
    expect(application.statusCode, application.body).toBe(200);
    for (const q of [applicantPhone, fullWidth(applicantId)]) {
      const found = await agent.post('/api/applications/search', { q, page: 1, pageSize: 20 });
      expect(found.json().items.map((a: { id: number }) => a.id)).toEqual([application.json().id]);
    }
    const aid = await (await memberAgent(t, phone)).post('/api/me/assistance', {
      cause: 'illness',
      employment: 'employed',
      household: [{ relation: 'self', age: 40, annualIncomeFen: 1_000_000, dependant: false }],
      health: { condition: 'chronic' },
      medicalSelfPaidFen: 0,
      story: '测试',
      consent: true,
    });
    expect(aid.statusCode, aid.body).toBe(200);
    for (const q of [phone, idNumber]) {
      const found = await agent.post('/api/assistance/search', { q, page: 1, pageSize: 20 });
      expect(found.json().items.map((a: { id: number }) => a.id)).toEqual([aid.json().id]);
    }
    // An export by the other filters is audited with its filters; a username typed as a phone is masked too.
    expect((await agent.get(`/api/members/export?unionId=${tree.u1.id}`)).statusCode).toBe(200);
    await new Agent(t).post('/api/auth/admin/login', { username: phone, password: 'wrong' });

    const tables = await t.db.query<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(30);
    let dump = '';
    for (const { table_name } of tables) {
      const rows = await t.db.query<{ row: string }>(sql`select t::text as row from ${sql.raw(`"${table_name}"`)} t`);
      dump += rows.map((r) => `${table_name}: ${r.row}\n`).join('');
    }
    const logged = log.join('');
    expect(dump).toContain('member.export');
    expect(logged).toContain('/api/members?q=');
    for (const secret of [
      phone,
      idNumber,
      fullWidth(phone),
      fullWidth(idNumber),
      phone.slice(3),
      applicantPhone,
      applicantId,
    ]) {
      expect(
        dump.split('\n').filter((line) => line.includes(secret)),
        `database holds ${secret}`,
      ).toEqual([]);
      expect(logged.includes(secret), `log holds ${secret}`).toBe(false);
    }
    // What was written instead: the masked form.
    expect(logged).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect(dump).toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  });
});
