// Whole phone and ID numbers never reach a log line, an audit row, a link or a stored filter in plain
// text (issue 21 §4, AS-65). Search boxes and logs come through here: a whole number is recognised
// however it was typed (full-width digits from an IME, spaces, +86) and masked where it must be written.
import { maskIdNumber, maskPhone } from './mask.js';
import type { Pii } from './pii.js';
import { type Sql, sql } from './sql.js';
import { normalizeText, parseIdNumber, parsePhone } from './validators.js';

export type WholeIdentifier = { kind: 'phone' | 'idNumber'; value: string };

/** The phone or ID number `text` is, whole, or null (a name, a fragment, the last 4 digits). */
export function wholeIdentifier(text: string): WholeIdentifier | null {
  const compact = normalizeText(text).replace(/[\s-]/g, '');
  const phone = parsePhone(compact);
  if (phone) return { kind: 'phone', value: phone };
  const id = parseIdNumber(compact);
  if (id.ok) return { kind: 'idNumber', value: id.value.idNumber };
  return null;
}

// Candidates inside longer text, typed as people type them: full-width digits, spaces or dashes between
// groups, a +86 in front. Each candidate is masked only if it parses as a whole phone or valid ID number.
const D = '[0-9０-９]';
const SEP = '[\\s-]?';
const PHONE_IN_TEXT = new RegExp(
  `(?<![0-9０-９])(?:[+＋]?(?:86|８６)${SEP})?[1１][3-9３-９]${D}(?:${SEP}${D}){8}(?![0-9０-９])`,
  'g',
);
const ID_IN_TEXT = new RegExp(
  `(?<![0-9０-９A-Za-z])${D}(?:${SEP}${D}){16}${SEP}[0-9０-９XxＸｘ](?![0-9０-９A-Za-z])`,
  'g',
);

/** `text` with every whole phone or (valid) ID number in it masked: 138****5678, 3308**********1234. */
export function maskIdentifiers(text: string): string {
  const mask = (kind: WholeIdentifier['kind']) => (m: string) => {
    const whole = wholeIdentifier(m);
    if (whole?.kind !== kind) return m;
    return kind === 'phone' ? maskPhone(whole.value) : maskIdNumber(whole.value);
  };
  return text.replace(ID_IN_TEXT, mask('idNumber')).replace(PHONE_IN_TEXT, mask('phone'));
}

/** A copy of `value` (JSON-like) with every string passed through `maskIdentifiers`. */
export function maskIdentifiersDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return maskIdentifiers(value) as T;
  if (depth > 16 || value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskIdentifiersDeep(v, depth + 1)) as T;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskIdentifiersDeep(v, depth + 1)]),
  ) as T;
}

/** A request URL for the log: query values decoded, masked, and encoded again. */
export function maskUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.slice(q + 1).replace(/\+/g, ' '));
  } catch {
    return `${url.slice(0, q)}?[unreadable query]`;
  }
  const masked = maskIdentifiers(decoded);
  return masked === decoded ? url : `${url.slice(0, q)}?${encodeURI(masked)}`;
}

/**
 * A search box's text as an exact look-up, when it is a whole phone or ID number: the row's keyed hash
 * equals the text's (only ever sent in a POST body). Null for names and fragments.
 */
export function wholeIdentifierFilter(pii: Pii, text: string | undefined, columns: { phone: Sql; idNumber: Sql }) {
  const whole = text ? wholeIdentifier(text) : null;
  if (!whole) return null;
  return whole.kind === 'phone'
    ? sql`${columns.phone} = ${pii.hash('phone', whole.value)}`
    : sql`${columns.idNumber} = ${pii.hash('id_number', whole.value)}`;
}
