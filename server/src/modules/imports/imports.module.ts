// The imports module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { importsErrors } from './imports.errors.js';
import { importsRetention } from './imports.retention.js';
import { importRoutes } from './imports.routes.js';
import * as schemas from './imports.schemas.js';
import { resumeImports } from './imports.service.js';

export const importsModule = defineModule({
  name: 'imports',
  schemas,
  routes: importRoutes,
  errors: importsErrors,
  tables: ['member_imports', 'member_import_rows'],
  encrypted: { member_import_rows: ['id_number_cipher', 'phone_cipher'] },
  retention: importsRetention,
  onStart: resumeImports,
});
