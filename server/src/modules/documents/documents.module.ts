// The documents module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { documentsErrors } from './documents.errors.js';
import { documentsNotices } from './documents.notices.js';
import { documentRoutes } from './documents.routes.js';
import * as schemas from './documents.schemas.js';
import { pendingDocuments } from './documents.service.js';

export const documentsModule = defineModule({
  name: 'documents',
  pending: { inbox: pendingDocuments },
  schemas,
  routes: documentRoutes,
  errors: documentsErrors,
  notices: documentsNotices,
  tables: ['documents', 'document_recipients'],
  repath: ['documents', 'document_recipients'],
});
