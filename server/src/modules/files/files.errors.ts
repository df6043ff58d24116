// Error codes of the files module. Their messages are a catalogue, files.errors.json (status, Chinese, English),
// typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './files.errors.json' with { type: 'json' };

export const filesErrors = catalogue satisfies Record<string, ErrorEntry>;

type FilesErrors = typeof filesErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends FilesErrors {}
}
