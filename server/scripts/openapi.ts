// Generates the web app's typed API client types from the server's OpenAPI document.
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig, repoRoot } from '../src/config.js';
import type { SmsSender } from '../src/platform/auth/sms.js';
import { openPglite } from '../src/platform/db.js';
import { createPii } from '../src/platform/pii.js';
import { JobQueue } from '../src/platform/queue.js';
import { DevScanner } from '../src/platform/scanner.js';
import { generateSigner } from '../src/platform/signing.js';
import { LocalStore } from '../src/platform/storage.js';

export const clientSchemaPath = path.join(repoRoot, 'web/src/api/schema.d.ts');
export const clientEnumsPath = path.join(repoRoot, 'web/src/api/enums.ts');

export async function openapiDocument(): Promise<object> {
  const db = await openPglite(undefined);
  // The document lists the same routes in every mode except the dev-only inbox.
  const config = { ...loadConfig({ NODE_ENV: 'test' }), demo: false };
  const sms: SmsSender = { send: async () => undefined };
  const app = await buildApp({
    services: {
      config,
      db,
      sms,
      pii: createPii(crypto.randomBytes(32), crypto.randomBytes(32)),
      signer: generateSigner(),
      scanner: new DevScanner(),
      queue: new JobQueue(db),
      // Never written: the document is read from the routes alone.
      media: new LocalStore(path.join(os.tmpdir(), 'zg-openapi-media')),
    },
    logger: false,
    serveWeb: false,
  });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await db.close();
  return doc;
}

export async function generateClientSchema(): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(await openapiDocument())));
  return `// Generated from the server's OpenAPI document by \`npm run gen:client\`. Do not edit.\n${astToString(ast)}`;
}

/** The string lists each module's schemas export, by module, as TypeScript constants for the web. */
export async function generateClientEnums(): Promise<string> {
  const { modules } = await import('../src/app.js');
  const { roles } = await import('../src/platform/access.js');
  const isList = (v: unknown): v is readonly string[] =>
    Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
  const blocks: string[] = [`export const roles = ${JSON.stringify(roles)} as const;`];
  for (const m of modules) {
    const lists = Object.entries(m.schemas ?? {})
      .filter(([, v]) => isList(v))
      .sort(([a], [b]) => (a < b ? -1 : 1)) as Array<[string, readonly string[]]>;
    if (lists.length === 0) continue;
    const body = lists.map(([name, values]) => `  ${name}: ${JSON.stringify(values)},`).join('\n');
    blocks.push(`export const ${m.name} = {\n${body}\n} as const;`);
  }
  return `// Generated from the server's schemas by \`npm run gen:client\`. Do not edit.\n${blocks.join('\n\n')}\n`;
}
