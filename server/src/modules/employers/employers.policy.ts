import { can, definePolicy } from '../../platform/access.js';
import type { EmployerRow } from './employers.tables.js';

export const employerPolicy = definePolicy<Pick<EmployerRow, 'union_path'>>()({
  read: (actor, e) => can(actor, 'union.read', e.union_path),
  update: (actor, e) => can(actor, 'union.manage', e.union_path),
});
