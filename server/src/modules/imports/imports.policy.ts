// Who may act on a roster import: commit one that was checked and has valid rows, within the union managed.
import { can, definePolicy } from '../../platform/access.js';
import type { ImportRow } from './imports.presenter.js';

export const importPolicy = definePolicy<ImportRow>()({
  read: (actor, r) => can(actor, 'member.read', r.union_path),
  commit: (actor, r) => r.status === 'validated' && r.valid_rows > 0 && can(actor, 'member.manage', r.union_path),
});
