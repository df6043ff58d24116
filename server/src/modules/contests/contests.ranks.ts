// A contest's standings in memory: each member's best (right answers, total time), bucketed by right answers with
// the times sorted, so a member's rank is a binary search instead of counting the rows ahead of them in the
// database. At a contest's peak thousands finish within seconds, and each finish shows its rank.
//
// Rank is one more than the members strictly better: more right answers, or as many in less time (ties share a
// rank, as the leaderboard's `rank()` does).

export interface Best {
  correct: number;
  ms: number;
}

const better = (a: Best, b: Best) => a.correct > b.correct || (a.correct === b.correct && a.ms < b.ms);

/** First index in a sorted array whose value is not below `value`. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Standings {
  private readonly byMember = new Map<number, Best>();
  /** Right answers → the members' total times with that many, ascending. */
  private readonly buckets = new Map<number, number[]>();

  /** Built in one pass and one sort per bucket: a contest's whole table is read again every few seconds. */
  constructor(rows: Iterable<{ memberId: number } & Best> = []) {
    for (const r of rows) {
      const old = this.byMember.get(r.memberId);
      if (!old || better(r, old)) this.byMember.set(r.memberId, { correct: r.correct, ms: r.ms });
    }
    for (const best of this.byMember.values()) {
      const times = this.buckets.get(best.correct) ?? [];
      times.push(best.ms);
      this.buckets.set(best.correct, times);
    }
    for (const times of this.buckets.values()) times.sort((a, b) => a - b);
  }

  /** Records a finished attempt; a member's standing moves only when it beats their best. */
  offer(memberId: number, best: Best): void {
    const old = this.byMember.get(memberId);
    if (old && !better(best, old)) return;
    if (old) {
      const times = this.buckets.get(old.correct) as number[];
      times.splice(lowerBound(times, old.ms), 1);
    }
    this.byMember.set(memberId, { correct: best.correct, ms: best.ms });
    const times = this.buckets.get(best.correct) ?? [];
    times.splice(lowerBound(times, best.ms), 0, best.ms);
    this.buckets.set(best.correct, times);
  }

  rankOf(memberId: number): ({ rank: number } & Best) | null {
    const mine = this.byMember.get(memberId);
    if (!mine) return null;
    let ahead = 0;
    for (const [correct, times] of this.buckets) {
      if (correct > mine.correct) ahead += times.length;
      else if (correct === mine.correct) ahead += lowerBound(times, mine.ms);
    }
    return { rank: ahead + 1, correct: mine.correct, ms: mine.ms };
  }

  get size(): number {
    return this.byMember.size;
  }
}
