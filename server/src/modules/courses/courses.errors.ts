// Error codes of the courses module. Their messages are a catalogue, courses.errors.json (status, Chinese,
// English), typed here and merged into ErrorCode. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';
import catalogue from './courses.errors.json' with { type: 'json' };

export const coursesErrors = catalogue satisfies Record<string, ErrorEntry>;

type CoursesErrors = typeof coursesErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends CoursesErrors {}
}
