// Error codes of the consultations module. Their messages are a catalogue, consultations.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './consultations.errors.json' with { type: 'json' };

export const consultationsErrors = catalogue satisfies Record<string, ErrorEntry>;

type ConsultationsErrors = typeof consultationsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ConsultationsErrors {}
}
