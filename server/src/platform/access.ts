// Authorization: roles are held on a union node and cover its subtree. `can` answers for one object;
// `inScope` builds the SQL filter every list, search, export and dashboard query uses. No module
// writes its own scope logic.
import { AppError } from './errors.js';
import { type Sql, sql } from './sql.js';
import { withinSubtree } from './tree.js';

export const roles = [
  'system_admin',
  'union_admin',
  'membership_officer',
  'case_handler',
  'station_manager',
  'editor',
  'auditor',
  'benefits_officer',
  'merchant_clerk',
  'assistance_officer',
  'lawyer',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'union.read',
  'union.manage',
  'account.read',
  'account.manage',
  'member.read',
  'member.manage',
  'member.reveal',
  'audit.read',
  'cockpit.read',
  'case.handle',
  'station.manage',
  'station.operate',
  'content.edit',
  'offer.manage',
  'points.manage',
  'voucher.redeem',
  'assistance.handle',
  'legal.serve',
  'volunteer.manage',
  'job.manage',
] as const;
export type Permission = (typeof permissions)[number];

// Separation of duties (ML-08): the system admin runs the tree and accounts but cannot read the audit
// trail or unmask personal data; the auditor can only read the audit trail and figures.
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: ['union.read', 'union.manage', 'account.read', 'account.manage', 'cockpit.read'],
  union_admin: [
    'union.read',
    'union.manage',
    'account.read',
    'account.manage',
    'member.read',
    'member.manage',
    'member.reveal',
    'cockpit.read',
    'case.handle',
    'station.manage',
    'station.operate',
    'content.edit',
    'offer.manage',
    'points.manage',
    'volunteer.manage',
    'job.manage',
  ],
  membership_officer: ['union.read', 'member.read', 'member.manage', 'member.reveal', 'cockpit.read'],
  case_handler: ['union.read', 'member.read', 'case.handle'],
  // Runs the stations it is named a manager of (station_managers), inside its grant's subtree.
  station_manager: ['union.read', 'station.operate'],
  editor: ['union.read', 'content.edit'],
  auditor: ['union.read', 'audit.read', 'cockpit.read'],
  benefits_officer: ['union.read', 'offer.manage', 'points.manage', 'cockpit.read'],
  // A merchant's till: redeems vouchers of its own merchant, nothing else.
  merchant_clerk: ['voucher.redeem'],
  // Health, income and medical data (sensitive PI) are for assistance officers only, not union admins.
  assistance_officer: ['union.read', 'assistance.handle', 'cockpit.read'],
  // A lawyer or legal volunteer: their own consultation slots and bookings.
  lawyer: ['legal.serve'],
};

export interface Grant {
  id: number;
  role: Role;
  unionId: number;
  unionPath: string;
  unionName: string;
}

export type Actor =
  | { kind: 'anonymous' }
  /** Jobs and automatic decisions (auto-approval, escalation): acts by rule, holds no permission itself. */
  | { kind: 'system' }
  | {
      kind: 'admin';
      accountId: number;
      username: string;
      displayName: string;
      grants: Grant[];
      /** Set for a merchant clerk: the merchant whose vouchers it may redeem. */
      merchantId: number | null;
    }
  | {
      kind: 'member';
      /** Null while the signed-in phone has no membership yet (it can still join). */
      memberId: number | null;
      unionId: number | null;
      unionPath: string | null;
      phoneHash: string;
      /**
       * What an offer's eligibility is judged by, read with the session (and so kept with it in the session cache;
       * a change to them notifies like a change of membership). Absent when the phone has no membership.
       */
      facts?: MemberFacts;
    };

export interface MemberFacts {
  category: string;
  joinedAt: number;
  tags: readonly string[];
}

export type AdminActor = Extract<Actor, { kind: 'admin' }>;
export const systemActor: Actor = { kind: 'system' };

/** Who a case's event is recorded as: an admin, a member, or the system (jobs, automatic decisions). */
export function recordedActor(actor: Actor): { kind: 'admin' | 'member' | 'system'; accountId: number | null } {
  if (actor.kind === 'admin') return { kind: 'admin', accountId: actor.accountId };
  return { kind: actor.kind === 'member' ? 'member' : 'system', accountId: null };
}
export type MemberActor = Extract<Actor, { kind: 'member' }>;

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** Whether the actor holds `permission` on the node at `path` (through a grant on it or an ancestor). */
export function can(actor: Actor, permission: Permission, path: string): boolean {
  if (actor.kind !== 'admin') return false;
  return actor.grants.some((g) => rolePermissions[g.role].includes(permission) && isWithin(path, g.unionPath));
}

/** The minimal set of subtree roots where the actor holds `permission`. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  if (actor.kind !== 'admin') return [];
  const paths = actor.grants
    .filter((g) => rolePermissions[g.role].includes(permission))
    .map((g) => g.unionPath)
    .sort((a, b) => a.length - b.length);
  const roots: string[] = [];
  for (const p of paths) if (!roots.some((r) => isWithin(p, r))) roots.push(p);
  return roots;
}

/**
 * SQL predicate: `column` (a materialized union path) lies in a subtree where the actor holds
 * `permission`. Paths use '/', digits and C collation, so a subtree is the range [p, p || '~').
 */
export function inScope(actor: Actor, permission: Permission, column: Sql): Sql {
  const roots = scopePaths(actor, permission);
  if (roots.length === 0) return sql`false`;
  const ranges = roots.map((p) => withinSubtree(column, p));
  return sql`(${sql.join(ranges, sql.raw(' or '))})`;
}

export function requireAdmin(actor: Actor): AdminActor {
  if (actor.kind === 'admin') return actor;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

export function requireMember(actor: Actor): MemberActor {
  if (actor.kind === 'member') return actor;
  throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
}

/** An admin without the permission anywhere gets 403; with it elsewhere, objects outside answer 404. */
export function requirePermissionSomewhere(actor: Actor, permission: Permission): AdminActor {
  const admin = requireAdmin(actor);
  if (scopePaths(admin, permission).length === 0) throw new AppError('FORBIDDEN');
  return admin;
}

// ---- Policies ---------------------------------------------------------------------------------
export type Rule<T> = (actor: Actor, subject: T) => boolean;
export type Policy<T, K extends string = string> = Record<K, Rule<T>>;

/**
 * `definePolicy<Row>()({ read: …, approve: … })`: the subject's type is given, the action names are kept, so
 * responses type their `actions` from them (`actionsOf`) and the web client knows each one.
 */
export function definePolicy<T>() {
  return <K extends string>(rules: Record<K, Rule<T>>): Policy<T, K> => rules;
}

/** A policy's action names, for a response schema: `actions: z.array(z.enum(actionsOf(policy)))`. */
export function actionsOf<K extends string>(policy: Record<K, unknown>): [K, ...K[]] {
  return Object.keys(policy) as [K, ...K[]];
}

/** The actions the caller may take on `subject`: sent with responses so the UI never re-derives them. */
export function allowedActions<T, K extends string>(policy: Policy<T, K>, actor: Actor, subject: T): K[] {
  return (Object.entries(policy) as Array<[K, Rule<T>]>)
    .filter(([, rule]) => rule(actor, subject))
    .map(([name]) => name);
}

/**
 * Throws 404 when the actor may not even read the object ("not yours" looks exactly like "missing"),
 * 403 when it may read but not perform `action`.
 */
export function authorize<T, K extends string>(
  policy: Policy<T, K>,
  actor: Actor,
  // Any name: an action the policy lacks is refused (403), as a typo must be.
  action: K | (string & {}),
  subject: T,
  readAction = 'read',
): void {
  const rules = policy as Partial<Record<string, Rule<T>>>;
  const read = rules[readAction];
  if (read && !read(actor, subject)) throw new AppError('NOT_FOUND');
  const rule = rules[action];
  if (!rule?.(actor, subject)) throw new AppError('FORBIDDEN');
}
