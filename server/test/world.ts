// The world most API tests start from: a test app on one database, the fixture tree (province → city → two
// counties → three base unions whose ids share prefixes) and, when asked, a manual clock. `useWorld` registers the
// hooks that build it before the file's tests and close it after, so a test file says only what is its own:
//
//   describe.each(dbKinds)('articles on %s', (kind) => {
//     const { t, tree, clock } = useWorld(kind, { clock: '2026-12-01T02:00:00Z' });
//
// `t` and `tree` are handed out before the hook has run, so they stand in for the real objects until then (a
// Proxy forwarding to them); touching one outside a test or a hook is a mistake, and says so.
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../src/config.js';
import { ManualClock } from '../src/platform/clock.js';
import { buildTree, createTestApp, type DbKind, type TestApp } from './harness.js';

type Tree = Awaited<ReturnType<typeof buildTree>>;

function standIn<T extends object>(name: string, get: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_, key) {
      const real = get();
      if (!real) throw new Error(`${name} is built in beforeAll: use it inside a test or a hook`);
      const value = Reflect.get(real, key);
      return typeof value === 'function' ? value.bind(real) : value;
    },
    set(_, key, value) {
      const real = get();
      if (!real) throw new Error(`${name} is built in beforeAll: use it inside a test or a hook`);
      return Reflect.set(real, key, value);
    },
  });
}

export function useWorld(
  kind: DbKind,
  opts: { clock?: string | Date; config?: Partial<Config>; tree?: boolean } = {},
): { t: TestApp; tree: Tree; clock: ManualClock } {
  let app: TestApp | undefined;
  let tree: Tree | undefined;
  const clock = new ManualClock(new Date(opts.clock ?? Date.now()));
  beforeAll(async () => {
    app = await createTestApp(kind, opts.config);
    if (opts.clock) app.services.clock = clock;
    if (opts.tree !== false) tree = await buildTree(app);
  });
  afterAll(() => app?.close());
  return { t: standIn('the test app', () => app), tree: standIn('the fixture tree', () => tree), clock };
}
