// The cards module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { cardsErrors } from './cards.errors.js';
import { cardRoutes } from './cards.routes.js';
import * as schemas from './cards.schemas.js';

export const cardsModule = defineModule({
  name: 'cards',
  schemas,
  routes: cardRoutes,
  errors: cardsErrors,
  tables: [],
});
