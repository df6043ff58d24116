// Error codes of the employers module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const employersErrors = {
  EMPLOYER_CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码不正确',
    en: 'Not a valid unified social credit code',
  },
  EMPLOYER_DUPLICATE: {
    status: 409,
    zh: '该统一社会信用代码的单位已登记',
    en: 'An employer with this credit code is already registered',
  },
  EMPLOYER_NEEDS_BASE_UNION: {
    status: 400,
    zh: '单位只能由基层工会覆盖',
    en: 'Only a base union can cover an employer',
  },
} as const satisfies Record<string, ErrorEntry>;

type EmployersErrors = typeof employersErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends EmployersErrors {}
}
