// Error codes of the vouchers module. Their messages are a catalogue, vouchers.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './vouchers.errors.json' with { type: 'json' };

export const vouchersErrors = catalogue satisfies Record<string, ErrorEntry>;

type VouchersErrors = typeof vouchersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends VouchersErrors {}
}
