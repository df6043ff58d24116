// The corrections module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { correctionsErrors } from './corrections.errors.js';
import { correctionsNotices } from './corrections.notices.js';
import { correctionRoutes } from './corrections.routes.js';
import * as schemas from './corrections.schemas.js';
import { pendingCorrections } from './corrections.service.js';

export const correctionsModule = defineModule({
  name: 'corrections',
  pending: { corrections: pendingCorrections },
  schemas,
  routes: correctionRoutes,
  errors: correctionsErrors,
  notices: correctionsNotices,
  tables: ['member_corrections'],
  encrypted: { member_corrections: ['new_value_cipher'] },
  repath: ['member_corrections'],
});
