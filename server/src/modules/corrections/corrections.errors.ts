// Error codes of the corrections module. Their messages are a catalogue, corrections.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './corrections.errors.json' with { type: 'json' };

export const correctionsErrors = catalogue satisfies Record<string, ErrorEntry>;

type CorrectionsErrors = typeof correctionsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends CorrectionsErrors {}
}
