// Rows of the `unions` table. Only the unions module writes it.
export const unionLevels = ['province', 'city', 'county', 'township', 'base'] as const;
export type UnionLevel = (typeof unionLevels)[number];
export const unionFormations = ['single', 'joint', 'industry', 'area'] as const;
export type UnionFormation = (typeof unionFormations)[number];

export interface UnionRow {
  id: number;
  parent_id: number | null;
  path: string;
  name: string;
  level: UnionLevel;
  formation: UnionFormation;
  address: string | null;
  lng: number | null;
  lat: number | null;
  active: boolean;
  serves: string[];
  auto_approve: boolean;
  created_at: Date;
  updated_at: Date;
}

/** Province 0 … base 4: a parent's rank is always lower than its child's. */
export const levelRank = (level: UnionLevel) => unionLevels.indexOf(level);

export const pathOf = (parentPath: string | null, id: number) => `${parentPath ?? '/'}${id}/`;
