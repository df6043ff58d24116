// The exports module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { exportsErrors } from './exports.errors.js';
import { pendingExportRequests } from './exports.pending.js';
import { exportRoutes } from './exports.routes.js';
import * as schemas from './exports.schemas.js';

export const exportsModule = defineModule({
  name: 'exports',
  schemas,
  routes: exportRoutes,
  errors: exportsErrors,
  tables: ['export_requests'],
  repath: ['export_requests'],
  pending: { requests: pendingExportRequests },
});
