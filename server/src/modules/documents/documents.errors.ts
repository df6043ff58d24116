// Error codes of the documents module. Their messages are a catalogue, documents.errors.json (status, Chinese,
// English), typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './documents.errors.json' with { type: 'json' };

export const documentsErrors = catalogue satisfies Record<string, ErrorEntry>;

type DocumentsErrors = typeof documentsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends DocumentsErrors {}
}
