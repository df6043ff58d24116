// The vouchers module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { vouchersErrors } from './vouchers.errors.js';
import { voucherRoutes } from './vouchers.routes.js';
import * as schemas from './vouchers.schemas.js';

export const vouchersModule = defineModule({
  name: 'vouchers',
  schemas,
  routes: voucherRoutes,
  errors: vouchersErrors,
  tables: ['merchants', 'union_budgets', 'vouchers'],
  repath: ['merchants'],
});
