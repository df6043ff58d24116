// Error codes of the unions module with their zh-CN and en messages. Codes never change once released.
import type { ErrorEntry } from '../../platform/error-codes.js';

export const unionsErrors = {
  UNION_PARENT_LEVEL_INVALID: {
    status: 400,
    zh: '上级工会的层级必须高于本工会',
    en: 'The parent union must be at a higher level',
  },
  UNION_MOVE_INTO_OWN_SUBTREE: {
    status: 409,
    zh: '不能把工会移动到它自己或它的下级工会之下',
    en: 'A union cannot be moved under itself or one of its descendants',
  },
  UNION_HAS_ACTIVE_CHILDREN: {
    status: 409,
    zh: '该工会还有在用的下级工会，不能撤销',
    en: 'This union still has active child unions',
  },
  UNION_HAS_ACTIVE_MEMBERS: {
    status: 409,
    zh: '该工会还有在册会员，不能撤销',
    en: 'This union still has active members',
  },
  UNION_INACTIVE: { status: 409, zh: '该工会已撤销', en: 'This union is deactivated' },
  UNION_ROOT_IMMUTABLE: {
    status: 409,
    zh: '顶级工会不能移动或撤销',
    en: 'The top-level union cannot be moved or deactivated',
  },
} as const satisfies Record<string, ErrorEntry>;

type UnionsErrors = typeof unionsErrors;
declare module '../../platform/error-codes.js' {
  interface ErrorCodeRegistry extends UnionsErrors {}
}
