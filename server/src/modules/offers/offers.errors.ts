// Error codes of the offers module. Their messages are a catalogue, offers.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './offers.errors.json' with { type: 'json' };

export const offersErrors = catalogue satisfies Record<string, ErrorEntry>;

type OffersErrors = typeof offersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends OffersErrors {}
}
