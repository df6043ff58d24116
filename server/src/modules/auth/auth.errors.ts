// Error codes of the auth module. Their messages are a catalogue, auth.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './auth.errors.json' with { type: 'json' };

export const authErrors = catalogue satisfies Record<string, ErrorEntry>;

type AuthErrors = typeof authErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AuthErrors {}
}
