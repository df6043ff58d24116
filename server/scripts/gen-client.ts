// The web's view of the server: the typed client (web/src/api/schema.d.ts, from the OpenAPI document) and the
// server's lists of allowed values (web/src/api/enums.ts: every string list a module's schemas export, and the
// roles), so the web never keeps its own copy of a status or a category.
import fs from 'node:fs';
import { clientEnumsPath, clientSchemaPath, generateClientEnums, generateClientSchema } from './openapi.js';

fs.writeFileSync(clientSchemaPath, await generateClientSchema());
fs.writeFileSync(clientEnumsPath, await generateClientEnums());
console.log(`wrote ${clientSchemaPath} and ${clientEnumsPath}`);
