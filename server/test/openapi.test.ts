import fs from 'node:fs';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import {
  clientEnumsPath,
  clientSchemaPath,
  generateClientEnums,
  generateClientSchema,
  openapiDocument,
} from '../scripts/openapi.js';
import { operationIdFor } from '../src/platform/openapi-finish.js';

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

  it('passes Redocly’s recommended rules with no error and no warning, so other systems’ tools take it', async () => {
    const source = JSON.stringify(await openapiDocument());
    const problems = await lintFromString({ source, config: await createConfig({ extends: ['recommended'] }) });
    const listed = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.location[0]?.pointer ?? ''} ${p.message}`);
    expect(listed.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });

  it('derives each operationId from the method and the path, one per operation', async () => {
    expect(operationIdFor('get', '/api/me/jobs/{id}')).toBe('getApiMeJobsById');
    expect(operationIdFor('delete', '/api/job-fairs/{id}/booths/{boothId}')).toBe(
      'deleteApiJobFairsByIdBoothsByBoothId',
    );
    const doc = (await openapiDocument()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
