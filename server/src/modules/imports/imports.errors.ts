// Error codes of the imports module. Their messages are a catalogue, imports.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './imports.errors.json' with { type: 'json' };

export const importsErrors = catalogue satisfies Record<string, ErrorEntry>;

type ImportsErrors = typeof importsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ImportsErrors {}
}
