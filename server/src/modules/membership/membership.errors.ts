// Error codes of the membership module. Their messages are a catalogue, membership.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './membership.errors.json' with { type: 'json' };

export const membershipErrors = catalogue satisfies Record<string, ErrorEntry>;

type MembershipErrors = typeof membershipErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends MembershipErrors {}
}
