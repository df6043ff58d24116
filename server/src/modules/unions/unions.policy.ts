import { can, definePolicy } from '../../platform/access.js';
import type { UnionRow } from './unions.tables.js';

type Subject = Pick<UnionRow, 'path' | 'level' | 'active' | 'parent_id'>;

export const unionPolicy = definePolicy<Subject>()({
  /** Cadres see the subtree they hold any role on. */
  read: (actor, u) => can(actor, 'union.read', u.path),
  update: (actor, u) => can(actor, 'union.manage', u.path),
  /** Base unions are leaves; children go under active federations. */
  createChild: (actor, u) => u.active && u.level !== 'base' && can(actor, 'union.manage', u.path),
  /** Moving changes the parent, so the actor must administer the parent too; roots never move. */
  move: (actor, u) => u.parent_id !== null && can(actor, 'union.manage', parentPathOf(u.path)),
  deactivate: (actor, u) => u.active && u.parent_id !== null && can(actor, 'union.manage', parentPathOf(u.path)),
  reactivate: (actor, u) => !u.active && can(actor, 'union.manage', parentPathOf(u.path)),
  manageEmployers: (actor, u) => u.active && can(actor, 'union.manage', u.path),
});

export function parentPathOf(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}
