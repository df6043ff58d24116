// Who may claim an offer (eligibilityError, offers.tables.ts): a pure rule, tested without a database, at its
// edges: sibling unions whose ids share leading digits, tenure exactly on the threshold, empty lists.
import { describe, expect, it } from 'vitest';
import { type ClaimIdentity, eligibilityError } from './offers.tables.js';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 12);
const offer = { unionPath: '/1/3/', unionName: '甲县总工会', categories: [], tags: [], minTenureDays: 0 };
const who = (over: Partial<ClaimIdentity> = {}): ClaimIdentity => ({
  memberId: 1,
  unionPath: '/1/3/7/',
  category: 'employee',
  joinedAt: now - 400 * DAY,
  tags: [],
  ...over,
});

describe('offer eligibility', () => {
  it('covers the offering union’s subtree, not a sibling whose id starts with the same digits', () => {
    expect(eligibilityError(offer, who({ unionPath: '/1/3/' }), now)).toBeNull();
    expect(eligibilityError(offer, who({ unionPath: '/1/3/7/' }), now)).toBeNull();
    expect(eligibilityError(offer, who({ unionPath: '/1/30/' }), now)?.code).toBe('OFFER_NOT_ELIGIBLE_UNION');
    expect(eligibilityError(offer, who({ unionPath: '/1/' }), now)?.code).toBe('OFFER_NOT_ELIGIBLE_UNION');
  });

  it('admits a member whose tenure is exactly the minimum, and not one a millisecond short', () => {
    const o = { ...offer, minTenureDays: 180 };
    expect(eligibilityError(o, who({ joinedAt: now - 180 * DAY }), now)).toBeNull();
    expect(eligibilityError(o, who({ joinedAt: now - 180 * DAY + 1 }), now)).toEqual({
      code: 'OFFER_NOT_ELIGIBLE_TENURE',
      params: { days: 180 },
    });
  });

  it('limits to listed categories, and to any one of the listed tags; empty lists limit nothing', () => {
    const byCategory = { ...offer, categories: ['migrant'] };
    expect(eligibilityError(byCategory, who({ category: 'migrant' }), now)).toBeNull();
    expect(eligibilityError(byCategory, who(), now)?.code).toBe('OFFER_NOT_ELIGIBLE_CATEGORY');
    const byTag = { ...offer, tags: ['骑手', '货车司机'] };
    expect(eligibilityError(byTag, who({ tags: ['货车司机'] }), now)).toBeNull();
    expect(eligibilityError(byTag, who({ tags: ['教师'] }), now)).toEqual({
      code: 'OFFER_NOT_ELIGIBLE_TAG',
      params: { tags: '骑手、货车司机' },
    });
  });

  it('reports the first rule that fails: the union before the category', () => {
    const strict = { ...offer, categories: ['migrant'], minTenureDays: 30 };
    expect(eligibilityError(strict, who({ unionPath: '/2/', joinedAt: now }), now)?.code).toBe(
      'OFFER_NOT_ELIGIBLE_UNION',
    );
  });
});
