// The tests StrykerJS runs against mutated code (`npm run mutate`): those that guard the critical files,
// on the embedded database only, without the PostgreSQL cluster, so each mutant is judged in seconds.
import { defineConfig } from 'vitest/config';

// ZG_MUTATE_TESTS (comma-separated globs) narrows the tests, to score one group of files at a time.
const only = process.env.ZG_MUTATE_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? [
      'src/platform/validators.test.ts',
      'src/platform/sql.test.ts',
      'src/platform/crypto.test.ts',
      'src/modules/accounts/accounts.escalation.test.ts',
      'src/modules/accounts/accounts.test.ts',
      'src/modules/unions/unions.test.ts',
      'src/modules/members/members.test.ts',
      'src/modules/assistance/assistance.profile.test.ts',
      'src/modules/appeals/appeals.notice.test.ts',
      'src/modules/appeals/appeals.sla.test.ts',
      'src/modules/appeals/appeals.test.ts',
      'src/modules/offers/offers.eligibility.test.ts',
      'src/modules/offers/offers.engine.test.ts',
      'src/modules/offers/offers.test.ts',
      'src/modules/points/points.test.ts',
      'src/modules/cards/cards.test.ts',
      // Slow (every endpoint × four callers), but the only test that kills some mutants of access.ts.
      'test/authz-matrix.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test', ZG_TEST_DB: 'pglite' },
  },
});
