// The ID number check the server runs (server/src/platform/validators.ts, the one implementation of GB 11643),
// used as the member types: the same rule, so the form never accepts what the server will refuse.
import { type IdNumberProblem, normalizeText, parseIdNumber } from '../../../server/src/platform/validators';

export type IdNumberState =
  | { state: 'empty' }
  | { state: 'typing'; missing: number }
  | { state: 'ok'; birthDate: string; gender: 'male' | 'female' }
  | { state: 'wrong'; problem: IdNumberProblem | 'tooLong' };

/** What to tell the person typing an ID number, character by character. */
export function checkIdNumber(input: string, today = new Date()): IdNumberState {
  const id = normalizeText(input).toUpperCase().replace(/\s/g, '');
  if (id.length === 0) return { state: 'empty' };
  if (!/^[\dX]*$/.test(id) || id.slice(0, 17).includes('X')) return { state: 'wrong', problem: 'format' };
  if (id.length > 18) return { state: 'wrong', problem: 'tooLong' };
  if (id.length < 18) return { state: 'typing', missing: 18 - id.length };
  const parsed = parseIdNumber(id, today);
  return parsed.ok
    ? { state: 'ok', birthDate: parsed.value.birthDate, gender: parsed.value.gender }
    : { state: 'wrong', problem: parsed.problem };
}
