import { beforeAll, describe, expect, it } from 'vitest';
import { type Agent, adminAgent, buildAccount, dbKinds, validCreditCode } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';

describe.each(dbKinds)('employers on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let admin: Agent;
  beforeAll(async () => {
    admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
  });

  it('registers an employer, normalising a full-width credit code', async () => {
    const code = validCreditCode();
    const fullWidth = [...code].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const res = await admin.post('/api/employers', {
      creditCode: fullWidth,
      name: '龙游测试有限公司',
      unionId: tree.u1.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ creditCode: code, covered: true, union: { id: tree.u1.id } });
  });

  it('rejects an invalid credit code and a duplicate employer', async () => {
    const code = validCreditCode();
    const bad = `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`;
    const invalid = await admin.post('/api/employers', { creditCode: bad, name: '错误', unionId: tree.u1.id });
    expect(invalid.json().error).toMatchObject({ code: 'EMPLOYER_CREDIT_CODE_INVALID', field: 'creditCode' });
    expect((await admin.post('/api/employers', { creditCode: code, name: '甲', unionId: tree.u1.id })).statusCode).toBe(
      200,
    );
    const dup = await admin.post('/api/employers', { creditCode: code, name: '乙', unionId: tree.u2.id });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('EMPLOYER_DUPLICATE');
  });

  it('moves an employer to the joint union that now covers it, within the caller’s subtree only', async () => {
    const e = (
      await admin.post('/api/employers', { creditCode: validCreditCode(), name: '小微企业', unionId: tree.c1.id })
    ).json();
    expect(e.covered).toBe(false);
    const moved = await admin.patch(`/api/employers/${e.id}`, { unionId: tree.u2.id });
    expect(moved.json()).toMatchObject({ covered: true, union: { id: tree.u2.id } });
    expect((await admin.patch(`/api/employers/${e.id}`, { unionId: tree.u3.id })).statusCode).toBe(404);
    const search = await admin.get(`/api/employers?q=${encodeURIComponent('小微')}`);
    expect(search.json().items.map((i: { id: number }) => i.id)).toContain(e.id);
  });
});
