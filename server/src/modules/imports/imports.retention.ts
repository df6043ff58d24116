// Roster imports: the personal data of a file once its purpose ended (platform/retention.ts runs the rules).
import type { RetentionRule } from '../../platform/retention.js';
import { sql } from '../../platform/sql.js';

export const importsRetention: RetentionRule[] = [
  {
    name: 'import_rows',
    days: 30,
    why: 'the personal data of a committed roster import (its totals stay on the import)',
    delete: (cutoff) => sql`delete from member_import_rows r using member_imports i
      where i.id = r.import_id and i.status = 'committed' and i.committed_at < ${cutoff} returning 1`,
  },
  {
    name: 'abandoned_imports',
    days: 30,
    why: 'a roster checked but never committed',
    // A data-modifying WITH always runs to completion, and the key is checked at the statement's end.
    delete: (cutoff) => sql`
      with rows_gone as (delete from member_import_rows r using member_imports i
        where i.id = r.import_id and i.status = 'validated' and i.created_at < ${cutoff})
      delete from member_imports where status = 'validated' and created_at < ${cutoff} returning 1`,
  },
];
