// Error codes of the jobs module. Their messages are a catalogue, jobs.errors.json (status, Chinese, English), typed
// here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './jobs.errors.json' with { type: 'json' };

export const jobsErrors = catalogue satisfies Record<string, ErrorEntry>;

type JobsErrors = typeof jobsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends JobsErrors {}
}
