// Error codes of the unions module. Their messages are a catalogue, unions.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './unions.errors.json' with { type: 'json' };

export const unionsErrors = catalogue satisfies Record<string, ErrorEntry>;

type UnionsErrors = typeof unionsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends UnionsErrors {}
}
