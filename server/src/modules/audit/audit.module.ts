// The audit module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { auditRoutes } from './audit.routes.js';
import * as schemas from './audit.schemas.js';

export const auditModule = defineModule({
  name: 'audit',
  schemas,
  routes: auditRoutes,
  tables: [],
});
