// The membership module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { membershipErrors } from './membership.errors.js';
import { membershipNotices } from './membership.notices.js';
import { membershipRoutes } from './membership.routes.js';
import * as schemas from './membership.schemas.js';
import { pendingApplications } from './membership.service.js';

export const membershipModule = defineModule({
  name: 'membership',
  pending: { applications: pendingApplications },
  schemas,
  routes: membershipRoutes,
  errors: membershipErrors,
  tables: ['membership_applications', 'membership_application_events'],
  encrypted: { membership_applications: ['id_number_cipher', 'phone_cipher'] },
  repath: ['membership_applications'],
  notices: membershipNotices,
});
