// The cockpit module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { cockpitRoutes } from './cockpit.routes.js';

export const cockpitModule = defineModule({
  name: 'cockpit',
  routes: cockpitRoutes,
  tables: [],
});
