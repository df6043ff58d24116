// The standings' ranks against a plain recount: for any sequence of finishes, a member's rank is one more than the
// members whose best is strictly better (more right answers, or as many in less time), as SQL's rank() gives it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Standings } from './contests.ranks.js';

describe('contest standings', () => {
  it('ranks every member as a recount of the better bests does, after any sequence of finishes', () => {
    const finish = fc.record({
      memberId: fc.integer({ min: 1, max: 12 }),
      correct: fc.integer({ min: 0, max: 4 }),
      ms: fc.integer({ min: 0, max: 30 }), // few values, so ties are common
    });
    fc.assert(
      fc.property(fc.array(finish, { maxLength: 60 }), (finishes) => {
        const table = new Standings();
        const bests = new Map<number, { correct: number; ms: number }>();
        for (const f of finishes) {
          table.offer(f.memberId, f);
          const old = bests.get(f.memberId);
          if (!old || f.correct > old.correct || (f.correct === old.correct && f.ms < old.ms))
            bests.set(f.memberId, { correct: f.correct, ms: f.ms });
        }
        for (let member = 1; member <= 12; member++) {
          const mine = bests.get(member);
          if (!mine) {
            expect(table.rankOf(member)).toBeNull();
            continue;
          }
          let ahead = 0;
          for (const other of bests.values())
            if (other.correct > mine.correct || (other.correct === mine.correct && other.ms < mine.ms)) ahead += 1;
          expect(table.rankOf(member)).toEqual({ rank: ahead + 1, ...mine });
        }
        expect(table.size).toBe(bests.size);
      }),
    );
  });

  it('shares a rank on an exact tie and counts a one-millisecond difference', () => {
    const table = new Standings([
      { memberId: 3, correct: 5, ms: 1000 },
      { memberId: 30, correct: 5, ms: 1000 },
      { memberId: 4, correct: 5, ms: 1001 },
      { memberId: 5, correct: 6, ms: 9000 },
    ]);
    expect(table.rankOf(5)?.rank).toBe(1);
    expect(table.rankOf(3)?.rank).toBe(2);
    expect(table.rankOf(30)?.rank).toBe(2);
    expect(table.rankOf(4)?.rank).toBe(4);
    // A worse attempt later changes nothing; a better one moves the member up.
    table.offer(4, { correct: 5, ms: 2000 });
    expect(table.rankOf(4)).toEqual({ rank: 4, correct: 5, ms: 1001 });
    table.offer(4, { correct: 5, ms: 999 });
    expect(table.rankOf(4)?.rank).toBe(2);
    expect(table.rankOf(3)?.rank).toBe(3);
  });
});
