// The unions module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { unionsErrors } from './unions.errors.js';
import { unionRoutes } from './unions.routes.js';
import * as schemas from './unions.schemas.js';

export const unionsModule = defineModule({
  name: 'unions',
  schemas,
  routes: unionRoutes,
  errors: unionsErrors,
  tables: ['unions'],
});
