// Sign-in codes kept only while they can be used (platform/retention.ts runs the rules).
import type { RetentionRule } from '../../platform/retention.js';
import { sql } from '../../platform/sql.js';

export const authRetention: RetentionRule[] = [
  {
    name: 'otp_codes',
    days: 1,
    why: 'a sign-in code is worth nothing after it expires',
    delete: (cutoff) => sql`delete from otp_codes where expires_at < ${cutoff} returning 1`,
  },
];
