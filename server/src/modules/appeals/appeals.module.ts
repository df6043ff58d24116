// The appeals module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { appealsErrors } from './appeals.errors.js';
import { escalateOverdue, pendingAppeals } from './appeals.escalation.js';
import { appealsNotices } from './appeals.notices.js';
import { appealRoutes } from './appeals.routes.js';
import * as schemas from './appeals.schemas.js';
import { appealFileAccess } from './appeals.service.js';

export const appealsModule = defineModule({
  name: 'appeals',
  pending: { appeals: pendingAppeals },
  fileAccess: { appeal: appealFileAccess },
  schemas,
  routes: appealRoutes,
  errors: appealsErrors,
  tables: ['appeal_sla_policies', 'appeals', 'appeal_events', 'work_calendar_days'],
  encrypted: { appeals: ['phone_cipher'] },
  repath: ['appeals', 'appeal_sla_policies'],
  notices: appealsNotices,
  jobs: [{ name: 'appeals.escalate', cron: '* * * * *', run: (ctx) => escalateOverdue(ctx) }],
});
