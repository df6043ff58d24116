// The consultations module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { consultationsErrors } from './consultations.errors.js';
import { consultationsNotices } from './consultations.notices.js';
import { consultationRoutes } from './consultations.routes.js';
import * as schemas from './consultations.schemas.js';
import { sendReminders } from './consultations.service.js';

export const consultationsModule = defineModule({
  name: 'consultations',
  schemas,
  routes: consultationRoutes,
  errors: consultationsErrors,
  notices: consultationsNotices,
  tables: ['legal_slots', 'consultation_bookings'],
  repath: ['legal_slots'],
  jobs: [{ name: 'consultations.reminders', cron: '*/5 * * * *', run: (ctx) => sendReminders(ctx) }],
});
