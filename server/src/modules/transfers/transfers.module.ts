// The transfers module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { transfersErrors } from './transfers.errors.js';
import { transfersNotices } from './transfers.notices.js';
import { transferRoutes } from './transfers.routes.js';
import * as schemas from './transfers.schemas.js';
import { pendingTransfers } from './transfers.service.js';

export const transfersModule = defineModule({
  name: 'transfers',
  pending: { transfers: pendingTransfers },
  schemas,
  routes: transferRoutes,
  errors: transfersErrors,
  notices: transfersNotices,
  tables: ['member_transfers'],
  repath: [{ table: 'member_transfers', columns: ['from_path', 'to_path'] }],
});
