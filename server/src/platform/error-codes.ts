// Stable error codes with their zh-CN and en messages. Codes never change once released;
// the client shows `message` in the user's language and may key behaviour on `code`.
//
// The platform's own codes are here; each module lists its codes in `<module>.errors.ts`, which adds them
// to `ErrorCodeRegistry` (for the type) and is registered at start-up through the module's definition
// (for the messages), so a new module never edits this file.

import catalogue from './error-codes.json' with { type: 'json' };

export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}

/** The platform's own codes: a catalogue (error-codes.json: status, Chinese, English). */
export const platformErrors = catalogue satisfies Record<string, ErrorEntry>;

type PlatformErrors = typeof platformErrors;
/** Every code that may be thrown: the platform's, merged with each module's by declaration merging. */
export interface ErrorCodeRegistry extends PlatformErrors {}
export type ErrorCode = keyof ErrorCodeRegistry & string;

const catalog = new Map<string, ErrorEntry>(Object.entries(platformErrors));

/** Adds a module's codes; a code defined twice is a programming error, found at start-up. */
export function registerErrorCodes(codes: Record<string, ErrorEntry>): void {
  for (const [code, entry] of Object.entries(codes)) {
    const known = catalog.get(code);
    if (known && known !== entry) throw new Error(`error code ${code} is defined twice`);
    catalog.set(code, entry);
  }
}

/** The entry of a code; an unregistered code (a module left out of the registry) answers as INTERNAL. */
export function errorEntry(code: string): ErrorEntry {
  return catalog.get(code) ?? platformErrors.INTERNAL;
}

export const registeredErrorCodes = (): string[] => [...catalog.keys()];
