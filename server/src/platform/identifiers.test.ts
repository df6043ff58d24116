import { describe, expect, it } from 'vitest';
import { maskIdentifiers, maskIdentifiersDeep, maskUrl, wholeIdentifier } from './identifiers.js';

describe('whole phone and ID numbers in text', () => {
  it('recognises a whole number however it was typed, and nothing less', () => {
    expect(wholeIdentifier('１３８ １２３４ ５６７８')).toEqual({ kind: 'phone', value: '13812345678' });
    expect(wholeIdentifier('+86 138-1234-5678')).toEqual({ kind: 'phone', value: '13812345678' });
    expect(wholeIdentifier('11010519491231002x')).toEqual({ kind: 'idNumber', value: '11010519491231002X' });
    // A wrong check character is not an ID number; fragments and names are left alone.
    for (const text of ['110105194912310021', '1381234567', '002X', '张三', 'ZG0000000123', '12812345678'])
      expect(wholeIdentifier(text), text).toBeNull();
  });

  it('masks each whole number inside longer text, and leaves other digits', () => {
    expect(
      maskIdentifiers('电话 +86 138 1234 5678，身份证 11010519491231002X；卡号 ZG0000000123；单号 13812345678901'),
    ).toBe('电话 138****5678，身份证 1101**********002X；卡号 ZG0000000123；单号 13812345678901');
    expect(
      maskIdentifiersDeep({ filters: { q: '１３８１２３４５６７８' }, n: 13812345678, list: ['11010519491231002X'] }),
    ).toEqual({
      filters: { q: '138****5678' },
      n: 13812345678,
      list: ['1101**********002X'],
    });
  });

  it('masks a URL query for the log', () => {
    expect(maskUrl('/api/members?q=13812345678&page=2')).toBe('/api/members?q=138****5678&page=2');
    expect(maskUrl('/api/members?q=%E5%BC%A0')).toBe('/api/members?q=%E5%BC%A0');
    expect(maskUrl('/api/x?q=%E0%A4%A')).toBe('/api/x?[unreadable query]');
  });
});
