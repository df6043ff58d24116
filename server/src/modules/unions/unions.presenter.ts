import { type Actor, allowedActions } from '../../platform/access.js';
import { idsInPath } from '../../platform/tree.js';
import { unionPolicy } from './unions.policy.js';
import type { UnionDetail, UnionSummary } from './unions.schemas.js';
import type { UnionRow } from './unions.tables.js';

export type UnionListRow = UnionRow & { has_children: boolean };

export function presentUnion(
  actor: Actor,
  row: UnionListRow,
  names: Map<number, string>,
  viewRoots: string[],
): UnionSummary {
  // Ancestors shown start at the highest node the caller can see; above that is not theirs to know.
  const root = viewRoots.find((p) => row.path.startsWith(p));
  const ancestorIds = idsInPath(row.path).slice(0, -1);
  const ancestors = ancestorIds
    .slice(root ? idsInPath(root).length - 1 : ancestorIds.length)
    .map((id) => ({ id, name: names.get(id) ?? '' }));
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    level: row.level,
    formation: row.formation,
    active: row.active,
    hasChildren: row.has_children,
    ancestors,
    actions: allowedActions(unionPolicy, actor, row),
  };
}

export function presentUnionDetail(
  actor: Actor,
  row: UnionListRow,
  names: Map<number, string>,
  viewRoots: string[],
  counts: { childCount: number; memberCount: number; employerCount: number },
): UnionDetail {
  return {
    ...presentUnion(actor, row, names, viewRoots),
    serves: row.serves,
    autoApprove: row.auto_approve,
    address: row.address,
    lng: row.lng,
    lat: row.lat,
    ...counts,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
