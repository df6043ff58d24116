// The assistance module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { assistanceErrors } from './assistance.errors.js';
import { assistanceNotices } from './assistance.notices.js';
import { pendingAssistance } from './assistance.pending.js';
import { assistanceRoutes } from './assistance.routes.js';
import * as schemas from './assistance.schemas.js';
import { assistanceFileAccess, sendReverifyReminders } from './assistance.service.js';

export const assistanceModule = defineModule({
  name: 'assistance',
  fileAccess: { assistance: assistanceFileAccess },
  schemas,
  routes: assistanceRoutes,
  errors: assistanceErrors,
  tables: [
    'assistance_rule_sets',
    'assistance_programs',
    'assistance_budgets',
    'assistance_applications',
    'assistance_events',
    'assistance_help',
    'assistance_disbursements',
  ],
  encrypted: { assistance_applications: ['id_number_cipher', 'phone_cipher', 'sensitive_cipher', 'profile_cipher'] },
  repath: ['assistance_applications', 'assistance_programs', 'assistance_budgets'],
  notices: assistanceNotices,
  pending: { applications: pendingAssistance },
  jobs: [
    {
      name: 'assistance.reverify-reminders',
      cron: '15 */6 * * *',
      run: (ctx) => sendReverifyReminders(ctx),
      runAtStart: true,
    },
  ],
});
