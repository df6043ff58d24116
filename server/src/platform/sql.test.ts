import { describe, expect, it } from 'vitest';
import { canGrantRole } from '../modules/accounts/accounts.policy.js';
import { csvCell } from '../modules/audit/audit.service.js';
import {
  type Actor,
  allowedActions,
  authorize,
  can,
  definePolicy,
  inScope,
  type Role,
  requireAdmin,
  requireMember,
  requirePermissionSomewhere,
  scopePaths,
} from './access.js';
import { splitStatements } from './migrate.js';
import { compile, containsPattern, sql } from './sql.js';
import { idsInPath, repathed } from './tree.js';

describe('sql builder', () => {
  it('turns every value into a numbered parameter, across nested fragments', () => {
    const inner = sql`b = ${2} and c = ${'x'}`;
    expect(compile(sql`select * from t where a = ${1} and ${inner} and d = ${"'; drop table t;--"}`)).toEqual({
      text: 'select * from t where a = $1 and b = $2 and c = $3 and d = $4',
      values: [1, 2, 'x', "'; drop table t;--"],
    });
  });
  it('escapes LIKE wildcards in search text (AS-38)', () => {
    expect(containsPattern('50%_a\\')).toBe('%50\\%\\_a\\\\%');
  });
  it('joins fragments', () => {
    expect(compile(sql.join([sql`a = ${1}`, sql`b = ${2}`], sql.raw(' or '))).text).toBe('a = $1 or b = $2');
  });
});

describe('scope helper', () => {
  const actor: Extract<Actor, { kind: 'admin' }> = {
    kind: 'admin',
    accountId: 1,
    username: 'x',
    displayName: 'x',
    merchantId: null,
    grants: [
      { id: 1, role: 'union_admin', unionId: 3, unionPath: '/1/3/', unionName: '' },
      { id: 2, role: 'membership_officer', unionId: 9, unionPath: '/1/3/9/', unionName: '' },
      { id: 3, role: 'auditor', unionId: 4, unionPath: '/1/4/', unionName: '' },
    ],
  };
  it('reduces grants to minimal subtree roots per permission', () => {
    expect(scopePaths(actor, 'member.read')).toEqual(['/1/3/']);
    expect(scopePaths(actor, 'audit.read')).toEqual(['/1/4/']);
    expect(scopePaths(actor, 'union.read').sort()).toEqual(['/1/3/', '/1/4/']);
  });
  it('matches a subtree, not a sibling whose id shares a prefix', () => {
    expect(can(actor, 'member.read', '/1/3/17/')).toBe(true);
    expect(can(actor, 'member.read', '/1/33/')).toBe(false);
    expect(can(actor, 'member.read', '/1/')).toBe(false);
  });
  it('builds a false filter for an actor without the permission (never an unscoped query)', () => {
    expect(compile(inScope({ kind: 'anonymous' }, 'member.read', sql.raw('path'))).text).toBe('false');
    expect(compile(inScope(actor, 'member.read', sql.raw('path')))).toEqual({
      text: '((path >= $1 and path < $2))',
      values: ['/1/3/', '/1/3/~'],
    });
  });
  it('never lets a granter hand out permissions it lacks', () => {
    const officer: Actor = {
      ...actor,
      grants: [{ id: 9, role: 'union_admin', unionId: 3, unionPath: '/1/3/', unionName: '' }],
    };
    expect(canGrantRole(officer, 'membership_officer', '/1/3/5/')).toBe(true);
    expect(canGrantRole(officer, 'auditor', '/1/3/5/')).toBe(false);
    expect(canGrantRole(officer, 'union_admin', '/1/4/')).toBe(false);
  });
});

describe('migration splitting', () => {
  it('keeps $$ bodies whole', () => {
    const parts = splitStatements(
      'create table a (x int);\ncreate function f() returns trigger as $$\nbegin\n  return null;\nend;\n$$ language plpgsql;\nselect 1;',
    );
    expect(parts).toHaveLength(3);
    expect(parts[1]).toContain('return null;');
  });
});

describe('CSV export cells (AS-41)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['普通文本', '普通文本'],
  ])('neutralises %s', (input, out) => expect(csvCell(input)).toBe(out));
});

describe('access helpers, edge by edge', () => {
  const grant = (role: Role, unionPath: string) => ({ id: 0, role, unionId: 0, unionPath, unionName: '' });
  const admin = (...grants: ReturnType<typeof grant>[]): Actor => ({
    kind: 'admin',
    accountId: 7,
    username: 'x',
    displayName: 'x',
    merchantId: null,
    grants,
  });
  const member: Actor = { kind: 'member', memberId: 1, unionId: 3, unionPath: '/1/3/', phoneHash: 'h' };

  it('gives members and anonymous callers no permission anywhere', () => {
    expect(can(member, 'member.read', '/1/3/')).toBe(false);
    expect(can({ kind: 'anonymous' }, 'union.read', '/1/')).toBe(false);
    expect(scopePaths(member, 'member.read')).toEqual([]);
  });

  it('keeps the minimal roots whatever order the grants come in, and ORs several roots', () => {
    const a = admin(
      grant('membership_officer', '/1/3/9/'),
      grant('union_admin', '/1/30/'),
      grant('union_admin', '/1/3/'),
    );
    expect(scopePaths(a, 'member.read').sort()).toEqual(['/1/3/', '/1/30/']);
    expect(compile(inScope(a, 'member.read', sql.raw('p'))).text).toBe(
      '((p >= $1 and p < $2) or (p >= $3 and p < $4))',
    );
  });

  it('asks for the right kind of caller', () => {
    expect(() => requireAdmin(member)).toThrow('FORBIDDEN');
    expect(() => requireAdmin({ kind: 'anonymous' })).toThrow('UNAUTHENTICATED');
    expect(() => requireMember(admin())).toThrow('FORBIDDEN');
    expect(() => requireMember({ kind: 'anonymous' })).toThrow('UNAUTHENTICATED');
    expect(() => requirePermissionSomewhere(admin(grant('editor', '/1/')), 'member.read')).toThrow('FORBIDDEN');
    expect(requirePermissionSomewhere(admin(grant('union_admin', '/1/3/')), 'member.read').accountId).toBe(7);
  });

  it('authorizes: 404 when not even readable, 403 when readable but not allowed', () => {
    const policy = definePolicy<{ path: string }>()({
      read: (actor, s) => can(actor, 'member.read', s.path),
      edit: (actor, s) => can(actor, 'member.manage', s.path),
      peek: (actor, s) => can(actor, 'case.handle', s.path),
    });
    const officer = admin(grant('case_handler', '/1/3/'));
    expect(() => authorize(policy, officer, 'edit', { path: '/1/30/' })).toThrow('NOT_FOUND');
    expect(() => authorize(policy, officer, 'edit', { path: '/1/3/5/' })).toThrow('FORBIDDEN');
    expect(() => authorize(policy, officer, 'peek', { path: '/1/3/5/' })).not.toThrow();
    expect(() => authorize(policy, officer, 'missing', { path: '/1/3/5/' })).toThrow('FORBIDDEN');
    // Another rule can stand for reading.
    expect(() => authorize(policy, officer, 'peek', { path: '/1/30/' }, 'peek')).toThrow('NOT_FOUND');
    expect(allowedActions(policy, officer, { path: '/1/3/5/' })).toEqual(['read', 'peek']);
  });

  it('lets only account managers grant, even a role whose permissions the granter holds', () => {
    const registrar = admin(grant('membership_officer', '/1/3/'));
    expect(canGrantRole(registrar, 'membership_officer', '/1/3/')).toBe(false);
    expect(canGrantRole(member, 'editor', '/1/3/')).toBe(false);
    // The narrower permissions: a till by whoever runs offers, a lawyer by whoever handles cases.
    expect(canGrantRole(admin(grant('union_admin', '/1/3/')), 'merchant_clerk', '/1/3/')).toBe(true);
    expect(canGrantRole(admin(grant('system_admin', '/1/3/')), 'merchant_clerk', '/1/3/')).toBe(false);
    expect(canGrantRole(admin(grant('system_admin', '/1/3/')), 'lawyer', '/1/3/')).toBe(false);
  });

  it('re-paths a moved subtree exactly', () => {
    expect(compile(repathed(sql.raw('p'), '/1/3/', '/1/30/3/'))).toEqual({
      text: '($1 || substr(p, $2))',
      values: ['/1/30/3/', 6],
    });
    expect(idsInPath('/1/30/3/')).toEqual([1, 30, 3]);
  });
});
