// Error codes of the transfers module. Their messages are a catalogue, transfers.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './transfers.errors.json' with { type: 'json' };

export const transfersErrors = catalogue satisfies Record<string, ErrorEntry>;

type TransfersErrors = typeof transfersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends TransfersErrors {}
}
