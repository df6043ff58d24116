// The members module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { membersErrors } from './members.errors.js';
import { memberRoutes } from './members.routes.js';

export const membersModule = defineModule({
  name: 'members',
  routes: memberRoutes,
  errors: membersErrors,
  tables: ['members', 'member_events'],
  repath: ['members'],
});
