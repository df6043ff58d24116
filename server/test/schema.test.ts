// server/schema.sql is what the migrations build: regenerate it (`npm run gen:schema -w server`) with every
// migration, so a reader sees the whole schema in one file and a review sees each change to it.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { dumpSchema, schemaPath } from '../scripts/schema-dump.js';

describe('schema.sql', () => {
  it('is what the migrations build', async () => {
    const fresh = await dumpSchema(inject('pgUrl'));
    const checkedIn = fs.existsSync(schemaPath) ? fs.readFileSync(schemaPath, 'utf8') : '';
    expect(checkedIn === fresh, 'server/schema.sql is stale: run `npm run gen:schema -w server`').toBe(true);
  });
});
