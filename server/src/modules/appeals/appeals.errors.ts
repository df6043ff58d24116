// Error codes of the appeals module. Their messages are a catalogue, appeals.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './appeals.errors.json' with { type: 'json' };

export const appealsErrors = catalogue satisfies Record<string, ErrorEntry>;

type AppealsErrors = typeof appealsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AppealsErrors {}
}
