// Error codes of the content module. Their messages are a catalogue, content.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './content.errors.json' with { type: 'json' };

export const contentErrors = catalogue satisfies Record<string, ErrorEntry>;

type ContentErrors = typeof contentErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ContentErrors {}
}
