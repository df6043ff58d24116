// Error codes of the accounts module. Their messages are a catalogue, accounts.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './accounts.errors.json' with { type: 'json' };

export const accountsErrors = catalogue satisfies Record<string, ErrorEntry>;

type AccountsErrors = typeof accountsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AccountsErrors {}
}
