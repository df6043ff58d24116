// The auth module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { authErrors } from './auth.errors.js';
import { authRetention } from './auth.retention.js';
import { authRoutes } from './auth.routes.js';
import * as schemas from './auth.schemas.js';

export const authModule = defineModule({
  name: 'auth',
  schemas,
  routes: authRoutes,
  errors: authErrors,
  tables: ['otp_codes'],
  retention: authRetention,
});
