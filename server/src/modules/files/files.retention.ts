// Uploads nobody attached (platform/retention.ts runs the rules).
import type { RetentionRule } from '../../platform/retention.js';
import { sql } from '../../platform/sql.js';

export const filesRetention: RetentionRule[] = [
  {
    name: 'unattached_uploads',
    days: 2,
    why: 'evidence uploaded but never attached to an application or appeal (ML-27)',
    delete: (cutoff) => sql`delete from files where attached_id is null and created_at < ${cutoff} returning 1`,
  },
];
