// Error codes of the members module. Their messages are a catalogue, members.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './members.errors.json' with { type: 'json' };

export const membersErrors = catalogue satisfies Record<string, ErrorEntry>;

type MembersErrors = typeof membersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends MembersErrors {}
}
