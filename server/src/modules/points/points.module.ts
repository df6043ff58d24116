// The points module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { pointsErrors } from './points.errors.js';
import { runExpiry, runMonthlyIssuance } from './points.issuance.js';
import { pointsRoutes } from './points.routes.js';
import * as schemas from './points.schemas.js';
import { settlePendingBills } from './points.service.js';

export const pointsModule = defineModule({
  name: 'points',
  schemas,
  routes: pointsRoutes,
  errors: pointsErrors,
  tables: ['points_accounts', 'points_transactions', 'points_postings', 'bill_payments', 'points_issuance_plans'],
  encrypted: { bill_payments: ['account_cipher'] },
  jobs: [
    { name: 'points.settle-bills', cron: '* * * * *', run: (ctx) => settlePendingBills(ctx) },
    { name: 'points.monthly-issuance', cron: '7 * * * *', run: (ctx) => runMonthlyIssuance(ctx), runAtStart: true },
    { name: 'points.expiry', cron: '20 2 * * *', run: (ctx) => runExpiry(ctx), runAtStart: true },
  ],
});
