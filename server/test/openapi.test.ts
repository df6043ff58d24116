import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clientEnumsPath,
  clientSchemaPath,
  generateClientEnums,
  generateClientSchema,
  openapiDocument,
} from '../scripts/openapi.js';

describe('OpenAPI document and the generated web client', () => {
  it('the checked-in client matches the server (run `npm run gen:client` when this fails)', async () => {
    const checkedIn = fs.readFileSync(clientSchemaPath, 'utf8');
    expect(checkedIn === (await generateClientSchema()), 'web/src/api/schema.d.ts is stale').toBe(true);
    const enums = fs.readFileSync(clientEnumsPath, 'utf8');
    expect(enums === (await generateClientEnums()), 'web/src/api/enums.ts is stale').toBe(true);
  });

  it('documents every operation with a summary and a 200 response schema', async () => {
    const doc = (await openapiDocument()) as {
      paths: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown> }>>;
    };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.responses?.['200'], `${method} ${path}`).toBeTruthy();
      }
    }
  });
});
