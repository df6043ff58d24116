// Error codes of the stations module. Their messages are a catalogue, stations.errors.json (status, Chinese,
// English), typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './stations.errors.json' with { type: 'json' };

export const stationsErrors = catalogue satisfies Record<string, ErrorEntry>;

type StationsErrors = typeof stationsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends StationsErrors {}
}
