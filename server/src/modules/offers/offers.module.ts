// The offers module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { offersErrors } from './offers.errors.js';
import { expireHolds } from './offers.lifecycle.js';
import { offersNotices } from './offers.notices.js';
import { offerRoutes } from './offers.routes.js';
import * as schemas from './offers.schemas.js';

export const offersModule = defineModule({
  name: 'offers',
  schemas,
  routes: offerRoutes,
  errors: offersErrors,
  tables: ['offers', 'offer_holdings', 'claims', 'claim_events', 'offer_feedback'],
  repath: ['offers'],
  notices: offersNotices,
  jobs: [{ name: 'offers.expire-holds', cron: '* * * * *', run: (ctx) => expireHolds(ctx) }],
});
