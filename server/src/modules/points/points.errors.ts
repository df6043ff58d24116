// Error codes of the points module. Their messages are a catalogue, points.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './points.errors.json' with { type: 'json' };

export const pointsErrors = catalogue satisfies Record<string, ErrorEntry>;

type PointsErrors = typeof pointsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends PointsErrors {}
}
