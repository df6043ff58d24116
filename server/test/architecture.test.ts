// Lint rules that carry the architecture (docs/architecture.md): module boundaries, parameterised
// SQL, and the same recipe in every module.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { modules } from '../src/app.js';
import { migrationFiles } from '../src/platform/migrate.js';
import { platformEncrypted, platformTables } from '../src/platform/module.js';

const src = path.resolve(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const tsFiles = files(src).filter((f) => f.endsWith('.ts'));
const moduleOf = (file: string) => /modules\/([^/]+)\//.exec(file)?.[1];

// Sign-in writes the credential columns of `accounts`; that is the one shared table.
const allowedTableImports = new Set(['auth->accounts']);

/** Tables each statement of `text` writes: INSERT INTO, UPDATE … SET, DELETE FROM, TRUNCATE, MERGE INTO. */
function tablesWritten(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(
    /\b(?:insert\s+into|delete\s+from|truncate(?:\s+table)?|merge\s+into)\s+([a-z_][a-z0-9_]*)/gi,
  ))
    found.add((m[1] as string).toLowerCase());
  for (const m of text.matchAll(/\bupdate\s+([a-z_][a-z0-9_]*)\s+(?:as\s+[a-z_]+\s+|[a-z]\s+)?set\b/gi))
    found.add((m[1] as string).toLowerCase());
  return [...found];
}

/** The owner of every table: the module that lists it in `tables`, or the platform. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>(platformTables.map((t) => [t, 'platform']));
  for (const m of modules) {
    for (const table of m.tables ?? []) {
      if (owners.has(table)) throw new Error(`${table} is owned by ${owners.get(table)} and ${m.name}`);
      owners.set(table, m.name);
    }
  }
  return owners;
}

/** Each write of a table by a file outside its owner: `file → table (owner)`. */
function crossModuleWrites(sources: Array<{ file: string; text: string }>, owners: Map<string, string>) {
  const offences: string[] = [];
  for (const { file, text } of sources) {
    const writer = moduleOf(file) ?? 'platform';
    for (const table of tablesWritten(text)) {
      const owner = owners.get(table);
      if (owner !== writer) offences.push(`${file} → ${table} (${owner ?? 'no owner'})`);
    }
  }
  return offences;
}

/** Strongly connected groups of files joined by value imports (type-only imports vanish at run time). */
function importCycles(paths: string[]): string[][] {
  const known = new Set(paths);
  const graph = new Map<string, string[]>();
  for (const file of paths) {
    const text = fs.readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/^import (?!type )[^;]*? from '(\.[^']+)'/gms)]
      .map((m) => path.resolve(path.dirname(file), (m[1] as string).replace(/\.js$/, '.ts')))
      .filter((d) => known.has(d));
    graph.set(file, deps);
  }
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(path.relative(src, w));
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return groups;
}

// Authorization expectations live beside their module but are test data (they set up fixtures with SQL).
const productionFiles = tsFiles.filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.authz-cases.ts'));

/**
 * Exported functions of a module that take a context and then more than one positional argument.
 * A use case takes `(ctx, input)`: named fields say at the call site what `true` or `null` means.
 */
function positionalUseCases(sources: Array<{ file: string; text: string }>): string[] {
  const found: string[] = [];
  for (const { file, text } of sources) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const check = (name: string, params: ts.NodeArray<ts.ParameterDeclaration>) => {
      if (params.length > 2 && /^(ctx|services|tx)$/.test(params[0]?.name.getText() ?? ''))
        found.push(`${file}: ${name} takes ${params.length} arguments`);
    };
    for (const st of sf.statements) {
      const exported =
        ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isFunctionDeclaration(st) && st.name) check(st.name.text, st.parameters);
      if (ts.isVariableStatement(st))
        for (const d of st.declarationList.declarations)
          if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
            check(d.name.getText(), d.initializer.parameters);
    }
  }
  return found;
}

describe('architecture', () => {
  it('every table of the migrations has one owner: a module or the platform', () => {
    const owners = tableOwners();
    const created = [...migrationFiles().values()]
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/create table (?:if not exists )?([a-z_]+)/g)])
      .map((m) => m[1] as string);
    expect(created.filter((t) => !owners.has(t))).toEqual([]);
    expect([...owners.keys()].filter((t) => t !== 'schema_migrations' && !created.includes(t))).toEqual([]);
  });

  it('every encrypted column is declared by its table’s owner, so key rotation rewrites it', () => {
    const owners = tableOwners();
    const schema = fs.readFileSync(path.resolve(src, '../schema.sql'), 'utf8');
    const cipherColumns = [...schema.matchAll(/CREATE TABLE public\.(\w+) \(([\s\S]*?)\n\);/g)].flatMap(
      ([, table, body]) => [...(body as string).matchAll(/^\s+(\w+_cipher) /gm)].map((m) => `${table}.${m[1]}`),
    );
    expect(cipherColumns.length).toBeGreaterThan(15);
    const declared = new Map<string, string>();
    for (const [owner, byTable] of [
      ['platform', platformEncrypted] as const,
      ...modules.map((m) => [m.name, m.encrypted ?? {}] as const),
    ]) {
      for (const [table, columns] of Object.entries(byTable)) {
        expect(owners.get(table), `${table} declared encrypted by ${owner}`).toBe(owner);
        for (const column of columns) {
          expect(schema, `${table}.${column}`).toMatch(
            new RegExp(`CREATE TABLE public\\.${table} \\([^;]*?\\n    ${column} `),
          );
          declared.set(`${table}.${column}`, owner);
        }
      }
    }
    expect(cipherColumns.filter((c) => !declared.has(c))).toEqual([]);
  });

  it('every table a module re-paths on a subtree move is its own and has the path columns named', () => {
    const owners = tableOwners();
    const schema = fs.readFileSync(path.resolve(src, '../schema.sql'), 'utf8');
    const entries = modules.flatMap((m) =>
      (m.repath ?? []).map((e) => ({
        owner: m.name,
        table: typeof e === 'string' ? e : e.table,
        columns: typeof e === 'string' ? ['union_path'] : e.columns,
      })),
    );
    expect(entries.length).toBeGreaterThan(20);
    for (const { owner, table, columns } of entries) {
      expect(owners.get(table), `${table} re-pathed by ${owner}`).toBe(owner);
      for (const column of columns) {
        // Within the table's own body: up to its closing `);`, not into the tables after it.
        expect(schema, `${table}.${column}, re-pathed by ${owner}`).toMatch(
          new RegExp(`CREATE TABLE public\\.${table} \\([^;]*?\\n    ${column} `),
        );
      }
    }
  });

  it('the table-to-module map in docs/architecture.md is the registry’s', () => {
    const doc = fs.readFileSync(path.resolve(src, '../../docs/architecture.md'), 'utf8');
    const documented = new Map<string, string>();
    for (const [, owner, cells] of doc.matchAll(/^\| ([a-z]+) +\| (`[^|]+?) *\|$/gm)) {
      for (const [, table] of (cells as string).matchAll(/`([a-z_]+)`/g))
        documented.set(table as string, owner as string);
    }
    // `npm run gen:schema -w server` rewrites the map from the registry.
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries([...tableOwners()].sort()));
  });

  it('a table is written only by the module that owns it; others call that module', () => {
    // The demo seed is data, written like a test fixture; everything that runs in the server is checked.
    const sources = productionFiles
      .map((f) => ({ file: path.relative(src, f), text: fs.readFileSync(f, 'utf8') }))
      .filter((s) => !s.file.startsWith('seed/'));
    expect(crossModuleWrites(sources, tableOwners())).toEqual([]);
  });

  it('a module’s exported functions take (ctx, input), not a row of positional arguments', () => {
    const sources = productionFiles
      .filter((f) => moduleOf(f))
      .map((f) => ({ file: path.relative(src, f), text: fs.readFileSync(f, 'utf8') }));
    expect(positionalUseCases(sources)).toEqual([]);
  });

  it('no module file grows past 400 lines: a larger one is split by use case', () => {
    const long = productionFiles
      .filter((f) => moduleOf(f))
      .map((f) => ({ file: path.relative(src, f), lines: fs.readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 400);
    expect(long).toEqual([]);
  });

  it('finds a positional use case (the rule above can fail)', () => {
    const planted = [
      { file: 'modules/a/a.service.ts', text: 'export async function decide(ctx: Ctx, id: number, ok: boolean) {}' },
      { file: 'modules/b/b.service.ts', text: 'export const give = (services: Services, id: number, n: number) => 1;' },
      { file: 'modules/c/c.service.ts', text: 'export function fine(ctx: Ctx, input: { id: number; ok: boolean }) {}' },
      { file: 'modules/d/d.service.ts', text: 'function internal(ctx: Ctx, a: number, b: number) {}' },
    ];
    expect(positionalUseCases(planted)).toEqual([
      'modules/a/a.service.ts: decide takes 3 arguments',
      'modules/b/b.service.ts: give takes 3 arguments',
    ]);
  });

  it('finds a cross-module write (the rule above can fail)', () => {
    // What offers did before vouchers.issue.ts: insert vouchers and update the budgets from the claim engine.
    const planted = [
      {
        file: 'modules/offers/offers.engine.ts',
        text: 'await tx.query(sql`insert into vouchers (claim_id) values (1)`)',
      },
      { file: 'modules/offers/offers.service.ts', text: 'sql`update union_budgets set committed_fen = 1`' },
      { file: 'modules/members/members.service.ts', text: 'sql`delete from otp_codes where id = 1`' },
      { file: 'modules/vouchers/vouchers.service.ts', text: 'sql`update vouchers set status = 1`' },
    ];
    expect(crossModuleWrites(planted, tableOwners())).toEqual([
      'modules/offers/offers.engine.ts → vouchers (vouchers)',
      'modules/offers/offers.service.ts → union_budgets (vouchers)',
      'modules/members/members.service.ts → otp_codes (auth)',
    ]);
  });

  it('policies and presenters live in their own files, and a module with objects or actions has both', () => {
    const offences: string[] = [];
    for (const file of productionFiles.filter((f) => moduleOf(f))) {
      const name = path.basename(file);
      const text = fs.readFileSync(file, 'utf8');
      if (!name.endsWith('.policy.ts') && /\bdefinePolicy\b/.test(text)) offences.push(`${name}: definePolicy`);
      if (!name.endsWith('.presenter.ts') && /^(export )?(async )?(function|const) present\w*\b/m.test(text))
        offences.push(`${name}: a presenter`);
      if (name.endsWith('.presenter.ts') && /\.query[<(]/.test(text)) offences.push(`${name}: queries the database`);
    }
    for (const m of modules) {
      const dir = path.join(src, 'modules', m.name);
      const files = fs.readdirSync(dir);
      const routes = files
        .filter((f) => f.endsWith('.routes.ts'))
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
      const schemas = files
        .filter((f) => f.endsWith('.schemas.ts'))
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
      const hasObjects = routes.some((t) => /'\/api\/[^']*\/:id/.test(t));
      const hasActions = schemas.some((t) => /\bactions:/.test(t));
      if ((hasObjects || hasActions) && !files.includes(`${m.name}.presenter.ts`))
        offences.push(`${m.name}: no presenter`);
      if (hasActions && !files.includes(`${m.name}.policy.ts`)) offences.push(`${m.name}: actions without a policy`);
    }
    expect(offences).toEqual([]);
  });

  it('has no import cycles between files', () => {
    expect(importCycles(productionFiles)).toEqual([]);
  });

  it('every module folder has a module definition listed in the registry', () => {
    const folders = fs.readdirSync(path.join(src, 'modules'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(modules.map((m) => m.name).sort());
    for (const folder of folders) {
      expect(fs.existsSync(path.join(src, 'modules', folder.name, `${folder.name}.module.ts`)), folder.name).toBe(true);
    }
  });

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

  it('every module follows the recipe: definition, routes, service, schemas, authorization expectations and an API test', () => {
    const modulesDir = path.join(src, 'modules');
    const missing: string[] = [];
    for (const name of fs.readdirSync(modulesDir).filter((n) => !n.endsWith('.ts'))) {
      const present = new Set(fs.readdirSync(path.join(modulesDir, name)));
      for (const part of ['module', 'routes', 'service', 'schemas', 'authz-cases']) {
        if (name === 'system' && !['routes', 'module', 'authz-cases'].includes(part)) continue;
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
