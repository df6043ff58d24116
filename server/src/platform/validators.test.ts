import { describe, expect, it } from 'vitest';
import { rng } from '../seed/generators.js';
import { idCheckChar, parseCreditCode, parseIdNumber, parsePhone } from './validators.js';

describe('resident ID numbers (SECURITY.md §4.3 vectors)', () => {
  const valid = ['11010519491231002X', '440524188001010014', '330106199001010018', '330106199001010050'];
  it.each(valid)('accepts %s', (id) => expect(parseIdNumber(id).ok).toBe(true));
  it('normalises lower-case x and full-width digits', () => {
    expect(parseIdNumber('11010519491231002x')).toMatchObject({ ok: true, value: { idNumber: '11010519491231002X' } });
    expect(parseIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({
      ok: true,
      value: { idNumber: '11010519491231002X' },
    });
  });
  it.each([
    ['110105194912310021', 'checksum'],
    ['340524198001010013', 'checksum'],
    ['110105195001010014', 'checksum'],
    ['110105194902300020', 'date'],
    ['11010519491231002', 'format'],
    ['110105491231002', 'format'],
  ])('rejects %s (%s)', (id, problem) => expect(parseIdNumber(id)).toEqual({ ok: false, problem }));
  it('rejects a birth date in the future', () => {
    const body = '33010620991231001';
    expect(parseIdNumber(body + idCheckChar(body), new Date('2026-01-01'))).toEqual({ ok: false, problem: 'future' });
  });
  it('derives gender and birth date', () => {
    expect(parseIdNumber('440524188001010014')).toEqual({
      ok: true,
      value: { idNumber: '440524188001010014', birthDate: '1880-01-01', gender: 'male' },
    });
  });
  it('detects every single-digit change (property over random bodies)', () => {
    const r = rng(7);
    for (let n = 0; n < 300; n++) {
      let body = '33';
      for (let i = 0; i < 4; i++) body += r.int(0, 9);
      body += `19${r.int(50, 99)}0${r.int(1, 9)}1${r.int(0, 9)}${r.int(100, 999)}`;
      const id = body + idCheckChar(body);
      expect(parseIdNumber(id).ok).toBe(true);
      const pos = r.int(0, 16);
      const digit = (Number(id[pos]) + r.int(1, 9)) % 10;
      const changed = id.slice(0, pos) + digit + id.slice(pos + 1);
      expect(parseIdNumber(changed).ok).toBe(false);
    }
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a valid code, also full-width and lower-case', () => {
    expect(parseCreditCode('91350100M000100Y43')).toBe('91350100M000100Y43');
    expect(parseCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
  });
  it.each(['91350100M000100Y44', '91350100M000100Y4', '91350100I000100Y43', '', 'abc'])('rejects %s', (code) =>
    expect(parseCreditCode(code)).toBeNull(),
  );
});

describe('mobile numbers (SECURITY.md §4.4)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
  ])('accepts %s', (input, out) => expect(parsePhone(input)).toBe(out));
  it.each(['12345678901', '11012345678', '1381234567', '138123456789', '10086', ''])('rejects %s', (input) =>
    expect(parsePhone(input)).toBeNull(),
  );
});
