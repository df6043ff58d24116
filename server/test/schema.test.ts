// server/schema.sql is what the migrations build: regenerate it (`npm run gen:schema -w server`) with every
// migration, so a reader sees the whole schema in one file and a review sees each change to it.
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { dumpSchema, lockedMigrations, migrationsLockPath, schemaPath, sha256 } from '../scripts/schema-dump.js';
import { migrationFiles } from '../src/platform/migrate.js';

describe('schema.sql', () => {
  it('is what the migrations build', async () => {
    const fresh = await dumpSchema(inject('pgUrl'));
    const checkedIn = fs.existsSync(schemaPath) ? fs.readFileSync(schemaPath, 'utf8') : '';
    expect(checkedIn === fresh, 'server/schema.sql is stale: run `npm run gen:schema -w server`').toBe(true);
  });
});

describe('migrations are forward-only', () => {
  it('never edits a committed migration: each keeps the checksum server/migrations.sha256 recorded', () => {
    const files = migrationFiles();
    const locked = fs.readFileSync(migrationsLockPath, 'utf8').split('\n').filter(Boolean);
    const edited = locked
      .map((line) => line.split('  ') as [string, string])
      .filter(([hash, name]) => !files.has(name) || sha256(files.get(name) as string) !== hash)
      .map(([, name]) => name);
    expect(edited, 'a committed migration was edited or removed: undo that, and write a new migration instead').toEqual(
      [],
    );
    expect(
      fs.readFileSync(migrationsLockPath, 'utf8') === lockedMigrations(),
      'a new migration is not in server/migrations.sha256: run `npm run gen:schema -w server`',
    ).toBe(true);
  });
});
