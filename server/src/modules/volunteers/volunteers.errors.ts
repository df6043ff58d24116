// Error codes of the volunteers module. Their messages are a catalogue, volunteers.errors.json (status, Chinese,
// English), typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './volunteers.errors.json' with { type: 'json' };

export const volunteersErrors = catalogue satisfies Record<string, ErrorEntry>;

type VolunteersErrors = typeof volunteersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends VolunteersErrors {}
}
