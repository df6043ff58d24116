import fs from 'node:fs';
import { clientSchemaPath, generateClientSchema } from './openapi.js';

fs.writeFileSync(clientSchemaPath, await generateClientSchema());
console.log(`wrote ${clientSchemaPath}`);
