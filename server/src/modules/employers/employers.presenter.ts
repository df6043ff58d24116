import { type Actor, allowedActions } from '../../platform/access.js';
import { employerPolicy } from './employers.policy.js';
import type { EmployerView } from './employers.schemas.js';
import type { EmployerRow } from './employers.tables.js';

export type EmployerListRow = EmployerRow & { union_name: string; union_level: string };

export function presentEmployer(actor: Actor, row: EmployerListRow): EmployerView {
  return {
    id: row.id,
    creditCode: row.credit_code,
    name: row.name,
    address: row.address,
    union: { id: row.union_id, name: row.union_name, level: row.union_level },
    covered: row.union_level === 'base',
    actions: allowedActions(employerPolicy, actor, row),
  };
}
