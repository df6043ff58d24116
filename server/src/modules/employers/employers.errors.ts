// Error codes of the employers module. Their messages are a catalogue, employers.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './employers.errors.json' with { type: 'json' };

export const employersErrors = catalogue satisfies Record<string, ErrorEntry>;

type EmployersErrors = typeof employersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends EmployersErrors {}
}
