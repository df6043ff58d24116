// Error codes of the assistance module. Their messages are a catalogue, assistance.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './assistance.errors.json' with { type: 'json' };

export const assistanceErrors = catalogue satisfies Record<string, ErrorEntry>;

type AssistanceErrors = typeof assistanceErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends AssistanceErrors {}
}
