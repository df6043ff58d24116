// The members module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { membersErrors } from './members.errors.js';
import { memberRoutes } from './members.routes.js';
import * as schemas from './members.schemas.js';

export const membersModule = defineModule({
  name: 'members',
  schemas,
  routes: memberRoutes,
  errors: membersErrors,
  tables: ['members', 'member_events'],
  encrypted: { members: ['id_number_cipher', 'phone_cipher', 'address_cipher'] },
  repath: ['members'],
});
