// Money is integer fen everywhere; people type yuan (possibly with full-width digits from an IME).

/** '1,234.5' / '１２３４.５' → 123450; null for anything that is not a non-negative amount with ≤ 2 decimals. */
export function yuanToFen(input: string): number | null {
  const s = input.normalize('NFKC').replace(/[,\s¥￥]/g, '');
  if (!/^\d{1,11}(\.\d{1,2})?$/.test(s)) return null;
  const [whole = '0', frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export const fenToYuan = (fen: number | null | undefined, lang: string = 'zh-CN') =>
  fen === null || fen === undefined
    ? '—'
    : `¥${(fen / 100).toLocaleString(lang, { minimumFractionDigits: fen % 100 ? 2 : 0, maximumFractionDigits: 2 })}`;
