// The hardship profile's published rules, re-stated here from their description and checked against the
// production function: values exactly on each line, one fen either side, and generated households.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeProfile, initialRuleConfig } from './assistance.profile.js';
import type { RuleConfig, SensitiveData } from './assistance.schemas.js';

const MIN = 124_300; // the default minimum-living line, fen a month
const LOW = 186_450; // the default low-income line
const config: RuleConfig = {
  ...initialRuleConfig,
  defaultLine: { minLivingMonthlyFen: MIN, lowIncomeMonthlyFen: LOW },
};

type Person = SensitiveData['household'][number];
const adult = (annualIncomeFen: number): Person => ({ relation: 'self', age: 40, annualIncomeFen, dependant: false });

function profile(household: Person[], extra: Partial<SensitiveData> = {}, cause: 'illness' | 'accident' = 'illness') {
  const data: SensitiveData = {
    household,
    health: { condition: 'healthy', note: null },
    medicalSelfPaidFen: 0,
    story: '测试',
    ...extra,
  };
  return computeProfile({ cause, unionPath: '/1/', data }, config, 1);
}
const fired = (p: ReturnType<typeof profile>) => p.rules.filter((r) => r.fired).map((r) => r.rule);

/** The description, in fen: per-capita monthly income = floor(total yearly income / people / 12). */
const perCapita = (household: Person[]) =>
  Math.floor(household.reduce((n, p) => n + p.annualIncomeFen, 0) / household.length / 12);

describe('hardship lines, at and around each line', () => {
  it('is deep exactly on the minimum-living line, and relative one fen above it', () => {
    // Two people whose income works out to exactly the line per person a month.
    const on = [adult(MIN * 12), adult(MIN * 12)];
    expect(perCapita(on)).toBe(MIN);
    expect(profile(on).tier).toBe('deep');
    expect(fired(profile(on))).toContain('per_capita_below_min_living');
    const above = [adult(MIN * 12 + 12), adult(MIN * 12 + 12)];
    expect(perCapita(above)).toBe(MIN + 1);
    expect(profile(above).tier).toBe('relative');
  });

  it('is relative exactly on the low-income line, and none one fen above it', () => {
    const on = [adult(LOW * 12)];
    expect(profile(on).tier).toBe('relative');
    expect(fired(profile(on))).toEqual(['per_capita_below_low_income']);
    const above = [adult((LOW + 1) * 12)];
    expect(profile(above).tier).toBe('none');
    expect(fired(profile(above))).toEqual([]);
  });

  it('counts a medical burden from exactly the configured share of income', () => {
    const income = 10_000_000; // ¥100,000 a year, well above the lines
    const atShare = profile([adult(income)], { medicalSelfPaidFen: (income * config.medicalBurdenPercent) / 100 });
    expect(fired(atShare)).toContain('medical_burden');
    const below = profile([adult(income)], { medicalSelfPaidFen: (income * config.medicalBurdenPercent) / 100 - 1 });
    expect(fired(below)).not.toContain('medical_burden');
  });

  it('calls an accident hardship from exactly the configured cost', () => {
    const rich = [adult(100_000_000)];
    expect(profile(rich, { medicalSelfPaidFen: config.accidentMinFen }, 'accident').tier).toBe('accident');
    expect(profile(rich, { medicalSelfPaidFen: config.accidentMinFen - 1 }, 'accident').tier).toBe('none');
  });

  it('agrees with the description for any household (income rules alone)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -3, max: 3 }),
        (incomes, nudge) => {
          // Now and then the household's income is put on a line, or a fen a month either side of it.
          const household = incomes.map(adult);
          const target = (nudge % 2 === 0 ? MIN : LOW) * 12 * household.length + nudge * 12;
          if (nudge !== 0 && target >= 0) {
            for (const [i, p] of household.entries()) p.annualIncomeFen = i === 0 ? target : 0;
          }
          const pc = perCapita(household);
          const expected = pc <= MIN ? 'deep' : pc <= LOW ? 'relative' : 'none';
          expect(profile(household).tier).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
