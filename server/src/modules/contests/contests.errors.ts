// Error codes of the contests module. Their messages are a catalogue, contests.errors.json (status, Chinese,
// English), typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './contests.errors.json' with { type: 'json' };

export const contestsErrors = catalogue satisfies Record<string, ErrorEntry>;

type ContestsErrors = typeof contestsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends ContestsErrors {}
}
