// No escalation (issue 21 §1): no sequence of account creations, grants and password resets lets an
// account obtain, directly or through the accounts it comes to control, a permission it does not hold
// itself on that node. Checked as a property over the role table and generated sequences, against the
// real policy functions; the permission check the property uses is written here from the role table,
// independently of `can` and the policy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adminAgent, buildAccount, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { type Actor, type Permission, type Role, rolePermissions, roles } from '../../platform/access.js';
import { accountPolicy, canGrantRole } from './accounts.policy.js';

// A tree where siblings share leading digits (3 and 30), so a prefix bug would show.
const nodes = ['/1/', '/1/3/', '/1/30/', '/1/3/7/', '/1/30/70/'] as const;

// The documented narrower permissions: opening a till is part of running offers, enlisting lawyers part
// of handling legal cases.
const narrower: Record<string, Permission> = { 'voucher.redeem': 'offer.manage', 'legal.serve': 'case.handle' };

interface ModelGrant {
  role: Role;
  path: string;
}
interface ModelAccount {
  id: number;
  grants: ModelGrant[];
}

/** Written from the role table alone: whether `grants` carry `permission` at `path`. */
function holds(grants: ModelGrant[], permission: Permission, path: string): boolean {
  const inSubtree = (g: ModelGrant) => path.slice(0, g.path.length) === g.path && g.path.endsWith('/');
  return grants.some(
    (g) =>
      inSubtree(g) &&
      (rolePermissions[g.role].includes(permission) ||
        (narrower[permission] !== undefined && rolePermissions[g.role].includes(narrower[permission]))),
  );
}

function actorOf(a: ModelAccount): Actor {
  return {
    kind: 'admin',
    accountId: a.id,
    username: `a${a.id}`,
    displayName: '',
    merchantId: null,
    grants: a.grants.map((g, i) => ({ id: i, role: g.role, unionId: 0, unionPath: g.path, unionName: '' })),
  };
}
const subject = (a: ModelAccount) => ({
  id: a.id,
  grants: a.grants.map((g) => ({ role: g.role, union_path: g.path })),
});

const arbGrant = fc.record({ role: fc.constantFrom(...roles), path: fc.constantFrom(...nodes) });
const arbStep = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), by: fc.nat(), grant: arbGrant }),
  fc.record({ kind: fc.constant('grant' as const), by: fc.nat(), target: fc.nat(), grant: arbGrant }),
  fc.record({ kind: fc.constant('reset' as const), by: fc.nat(), target: fc.nat() }),
);

/** Plays the steps with the real policy; returns the attacker's initial grants and every account it controls. */
type Step = typeof arbStep extends fc.Arbitrary<infer S> ? S : never;

function play(start: ModelGrant[], others: ModelGrant[][], steps: Step[]) {
  const attacker: ModelAccount = { id: 1, grants: start.map((g) => ({ ...g })) };
  const initial = start.map((g) => ({ ...g }));
  const accounts: ModelAccount[] = [attacker, ...others.map((grants, i) => ({ id: i + 2, grants }))];
  const controlled = new Set<number>([1]);
  for (const step of steps) {
    const ids = [...controlled];
    const by = accounts.find((a) => a.id === ids[step.by % ids.length]) as ModelAccount;
    const actor = actorOf(by);
    if (step.kind === 'create') {
      if (!canGrantRole(actor, step.grant.role, step.grant.path)) continue;
      const created = { id: accounts.length + 1, grants: [{ ...step.grant }] };
      accounts.push(created);
      controlled.add(created.id);
    } else {
      const target = accounts[step.target % accounts.length] as ModelAccount;
      if (step.kind === 'reset') {
        if (accountPolicy.resetPassword?.(actor, subject(target))) controlled.add(target.id);
      } else if (
        target.id !== by.id &&
        accountPolicy.grant?.(actor, subject(target)) &&
        canGrantRole(actor, step.grant.role, step.grant.path)
      ) {
        target.grants.push({ ...step.grant });
      }
    }
  }
  return { initial, reached: accounts.filter((a) => controlled.has(a.id)) };
}

describe('no escalation through grants, creations and resets', () => {
  it('never reaches a permission the starting account lacks on that node', () => {
    fc.assert(
      fc.property(
        fc.array(arbGrant, { minLength: 1, maxLength: 2 }),
        fc.array(fc.array(arbGrant, { minLength: 1, maxLength: 2 }), { maxLength: 4 }),
        fc.array(arbStep, { maxLength: 25 }),
        (start, others, steps) => {
          const { initial, reached } = play(start, others, steps);
          for (const account of reached)
            for (const g of account.grants)
              for (const p of rolePermissions[g.role])
                if (!holds(initial, p, g.path))
                  throw new Error(`account ${account.id} reached ${p} on ${g.path} from ${JSON.stringify(initial)}`);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps a system admin from minting or taking over accounts that read personal data or the audit trail', () => {
    const personal: Permission[] = ['member.read', 'member.reveal', 'assistance.handle', 'audit.read', 'case.handle'];
    fc.assert(
      fc.property(
        fc.constantFrom(...nodes),
        fc.array(fc.array(arbGrant, { minLength: 1, maxLength: 2 }), { maxLength: 4 }),
        fc.array(arbStep, { maxLength: 25 }),
        (node, others, steps) => {
          const { reached } = play([{ role: 'system_admin', path: node }], others, steps);
          for (const account of reached)
            for (const g of account.grants)
              expect(rolePermissions[g.role].some((p) => personal.includes(p))).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('still lets a union admin staff its subtree (the property is not met by refusing everything)', () => {
    const admin = actorOf({ id: 1, grants: [{ role: 'union_admin', path: '/1/3/' }] });
    for (const role of ['membership_officer', 'case_handler', 'editor', 'benefits_officer', 'merchant_clerk', 'lawyer'])
      expect(canGrantRole(admin, role as Role, '/1/3/7/')).toBe(true);
    expect(canGrantRole(admin, 'assistance_officer', '/1/3/7/')).toBe(false);
    expect(canGrantRole(admin, 'auditor', '/1/3/7/')).toBe(false);
    expect(canGrantRole(admin, 'membership_officer', '/1/30/')).toBe(false);
    const sys = actorOf({ id: 2, grants: [{ role: 'system_admin', path: '/1/' }] });
    expect(canGrantRole(sys, 'system_admin', '/1/30/')).toBe(true);
    expect(canGrantRole(sys, 'union_admin', '/1/30/')).toBe(false);
  });
});

describe.each(dbKinds)('the probe chain to health data on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('stops at the first step that would reach a permission the union admin lacks', async () => {
    const county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    // A system admin below a union admin does no more than the union admin, so this one is allowed …
    const made = await county.post('/api/accounts', {
      username: 'probe.sys',
      displayName: '探测',
      role: 'system_admin',
      unionId: tree.c1.id,
    });
    expect(made.statusCode).toBe(200);
    // Sign in as a system admin on the same node (the one just made would first change its password).
    const sys = await adminAgent(t, await buildAccount(t, { role: 'system_admin', union: tree.c1 }));
    // … but it cannot mint an assistance officer (health, income and medical data), nor a union admin.
    for (const role of ['assistance_officer', 'union_admin', 'membership_officer']) {
      const minted = await sys.post('/api/accounts', {
        username: `probe.${role}`,
        displayName: '探测',
        role,
        unionId: tree.c1.id,
      });
      expect(minted.json().error.code).toBe('ROLE_NOT_GRANTABLE');
    }
    // And the union admin cannot take over an existing assistance officer by resetting its password.
    const officer = await buildAccount(t, { role: 'assistance_officer', union: tree.u1 });
    const reset = await county.post(`/api/accounts/${officer.id}/reset-password`);
    expect(reset.statusCode).toBe(403);
    const shown = (await county.get(`/api/accounts/${officer.id}`)).json();
    expect(shown.actions).not.toContain('resetPassword');
    // The console offers only what each can grant.
    const offered = (await county.get('/api/accounts/grantable-roles')).json().roles;
    expect(offered).toEqual([
      'system_admin',
      'union_admin',
      'membership_officer',
      'case_handler',
      'station_manager',
      'editor',
      'benefits_officer',
      'merchant_clerk',
      'lawyer',
    ]);
    expect((await sys.get('/api/accounts/grantable-roles')).json().roles).toEqual(['system_admin']);
    // An editor it could have created itself is still its to reset.
    const editor = await buildAccount(t, { role: 'editor', union: tree.u1 });
    expect((await county.post(`/api/accounts/${editor.id}/reset-password`)).statusCode).toBe(200);
  });
});
