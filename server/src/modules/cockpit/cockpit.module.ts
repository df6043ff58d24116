// The cockpit module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { cockpitRoutes } from './cockpit.routes.js';
import * as schemas from './cockpit.schemas.js';

export const cockpitModule = defineModule({
  name: 'cockpit',
  schemas,
  routes: cockpitRoutes,
  tables: [],
});
