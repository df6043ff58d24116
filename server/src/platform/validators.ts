// Validators for Chinese identifiers and free text. Input is NFKC-normalised first, so full-width
// digits and letters typed with an IME are accepted as their ASCII forms.

/**
 * Full-width letters, digits and + - . @ (typed with an IME) become ASCII; the ideographic space a space;
 * zero-width characters go; whitespace runs collapse. Chinese punctuation (，。（）) is left as written.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF20]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/\u3000/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A search box's text, normalised like stored text so the two compare. */
export const normalizeQuery = (q: string | undefined): string | undefined =>
  q === undefined ? undefined : normalizeText(q);

// ---- Unified social credit code, GB 32100-2015 -------------------------------------------------
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(body17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CHARS.indexOf(body17[i] ?? '');
    if (v < 0) return null;
    sum += v * (CREDIT_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] ?? null;
}

/** Returns the normalised code, or null when it is not a valid GB 32100 code. */
export function parseCreditCode(input: string): string | null {
  const code = normalizeText(input).toUpperCase().replace(/[\s-]/g, '');
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return null;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? code : null;
}

// ---- Resident ID number, GB 11643-1999 ---------------------------------------------------------
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65,
]);

export function idCheckChar(body17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (body17.charCodeAt(i) - 48) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[s % 11] ?? '';
}

export interface ParsedIdNumber {
  idNumber: string;
  birthDate: string; // YYYY-MM-DD
  gender: 'male' | 'female';
}

export type IdNumberProblem = 'format' | 'province' | 'date' | 'future' | 'checksum';

export function parseIdNumber(
  input: string,
  today: Date = new Date(),
): { ok: true; value: ParsedIdNumber } | { ok: false; problem: IdNumberProblem } {
  const id = normalizeText(input).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return { ok: false, problem: 'province' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: 'date' };
  }
  if (date.getTime() > today.getTime()) return { ok: false, problem: 'future' };
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checksum' };
  return {
    ok: true,
    value: {
      idNumber: id,
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

// ---- Mainland mobile numbers -------------------------------------------------------------------
/** Normalises to the 11-digit national form, or null. Broad rule ^1[3-9]\d{9}$ (SECURITY.md §4.4). */
export function parsePhone(input: string): string | null {
  let p = normalizeText(input).replace(/[\s-]/g, '');
  if (p.startsWith('+86')) p = p.slice(3);
  else if (p.startsWith('0086')) p = p.slice(4);
  else if (p.length === 13 && p.startsWith('86')) p = p.slice(2);
  return /^1[3-9]\d{9}$/.test(p) ? p : null;
}
