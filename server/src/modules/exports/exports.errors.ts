// Error codes of the exports module. Their messages are a catalogue, exports.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './exports.errors.json' with { type: 'json' };

export const exportsErrors = catalogue satisfies Record<string, ErrorEntry>;

type ExportsErrors = typeof exportsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ExportsErrors {}
}
