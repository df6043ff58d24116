// Lint rules that carry the architecture (docs/architecture.md): module boundaries, parameterised
// SQL, and the same recipe in every module.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const tsFiles = files(src).filter((f) => f.endsWith('.ts'));
const moduleOf = (file: string) => /modules\/([^/]+)\//.exec(file)?.[1];

// Sign-in writes the credential columns of `accounts`; that is the one shared table.
const allowedTableImports = new Set(['auth->accounts']);

describe('architecture', () => {
  it('no module imports another module’s tables', () => {
    const offences: string[] = [];
    for (const file of tsFiles) {
      const own = moduleOf(file);
      for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/from '\.\.\/([^/]+)\/[^']+\.tables\.js'/g)) {
        if (own && target !== own && !allowedTableImports.has(`${own}->${target}`))
          offences.push(`${path.relative(src, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('all SQL goes through the sql tag: no string-built queries (AS-34)', () => {
    const offences: string[] = [];
    // The driver layer itself sends BEGIN/COMMIT.
    for (const file of tsFiles.filter((f) => !f.endsWith('.test.ts') && !f.endsWith('platform/db.ts'))) {
      const text = fs.readFileSync(file, 'utf8');
      if (/\.query(<[^>]*>)?\(\s*['"`]/.test(text)) offences.push(`${path.relative(src, file)}: query with a string`);
      if (/sql\.raw\(`[^`]*\$\{/.test(text)) offences.push(`${path.relative(src, file)}: sql.raw with interpolation`);
    }
    expect(offences).toEqual([]);
  });

  it('every module follows the recipe: routes, service, schemas and an API test', () => {
    const modulesDir = path.join(src, 'modules');
    const missing: string[] = [];
    for (const name of fs.readdirSync(modulesDir)) {
      const present = new Set(fs.readdirSync(path.join(modulesDir, name)));
      for (const part of ['routes', 'service', 'schemas']) {
        if (name === 'system' && part !== 'routes') continue;
        if (!present.has(`${name}.${part}.ts`)) missing.push(`${name}.${part}.ts`);
      }
      if (name !== 'system' && ![...present].some((f) => f.endsWith('.test.ts'))) missing.push(`${name}: test`);
    }
    expect(missing).toEqual([]);
  });

  it('never uses ECB, MD5 or eval', () => {
    for (const file of tsFiles.filter((f) => !f.endsWith('.test.ts'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect(/-ecb|'md5'|\beval\(|new Function\(/.test(text), file).toBe(false);
    }
  });
});
