// The accounts module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { accountsErrors } from './accounts.errors.js';
import { accountRoutes } from './accounts.routes.js';
import * as schemas from './accounts.schemas.js';

export const accountsModule = defineModule({
  name: 'accounts',
  schemas,
  routes: accountRoutes,
  errors: accountsErrors,
  tables: ['accounts', 'role_grants'],
  encrypted: { accounts: ['totp_secret_cipher', 'phone_cipher'] },
});
