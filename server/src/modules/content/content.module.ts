// The content module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { contentErrors } from './content.errors.js';
import { contentFigures } from './content.figures.js';
import { contentRoutes } from './content.routes.js';
import * as schemas from './content.schemas.js';
import { pendingReviews } from './content.service.js';

export const contentModule = defineModule({
  name: 'content',
  pending: { reviews: pendingReviews },
  figures: contentFigures,
  schemas,
  routes: contentRoutes,
  errors: contentErrors,
  tables: ['articles', 'article_events', 'article_reads', 'article_images', 'article_attachments'],
  repath: ['articles'],
});
