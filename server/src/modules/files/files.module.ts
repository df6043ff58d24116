// The files module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { filesErrors } from './files.errors.js';
import { filesRetention } from './files.retention.js';
import { fileRoutes } from './files.routes.js';
import * as schemas from './files.schemas.js';

export const filesModule = defineModule({
  name: 'files',
  schemas,
  routes: fileRoutes,
  errors: filesErrors,
  tables: ['files'],
  encrypted: { files: ['content_cipher'] },
  retention: filesRetention,
});
