// Reads the State Council's yearly holiday notice (国务院办公厅关于某年部分节假日安排的通知) as a cadre
// pastes it, so the working calendar is entered once a year from the official text instead of day by day.
// Each item reads like "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。": a
// festival, a holiday range (the month may be omitted at the end of the range, a year may be given for
// days in another year), the day count, and the make-up working days. Nothing is guessed: an item whose
// range disagrees with its day count, a date that does not exist, or a date the reader could not place as
// a holiday or a working day, is reported and blocks the import.

export interface NoticeDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface NoticeProblem {
  item: string;
  message: { zh: string; en: string };
}

const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
const NOTE = /(?:[（(][^）)]*[）)])?/.source;
const RANGE = new RegExp(
  `${DATE.source}${NOTE}(?:(?:至|—|-|~)(?:(?:(\\d{4})年)?(\\d{1,2})月)?(\\d{1,2})日${NOTE})?(?:放假|休息)`,
);

function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function* daysBetween(from: string, to: string) {
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) yield new Date(t).toISOString().slice(0, 10);
}

/** The festival's name: the text before the first colon, after its "一、" numbering (and any title). */
const itemName = (item: string) =>
  (item.split(/[：:]/)[0] ?? '')
    .replace(/^.*[一二三四五六七八九十]+[、.]/, '')
    .trim()
    .slice(0, 20);

/**
 * `fallbackYear` applies to dates without a year when the text has no title naming its year ("关于2027年
 * 部分节假日安排的通知"); the title wins, so a notice pasted while another year is on screen still lands right.
 */
export function parseHolidayNotice(
  fallbackYear: number,
  raw: string,
): { year: number; days: NoticeDay[]; problems: NoticeProblem[] } {
  const text = raw.normalize('NFKC').replace(/[ \t\u3000]/g, '');
  const year = Number(/关于(\d{4})年[^。\n]{0,20}节假日/.exec(text)?.[1] ?? fallbackYear);
  const items = text
    // Items are lines, or numbered ("二、") right after a sentence ends when pasted as one paragraph; a
    // numeral inside brackets ("腊月二十八、周日") does not start one.
    .split(/\n|(?<=。)(?=[一二三四五六七八九十]+、)/)
    .map((s) => s.trim())
    .filter((s) => /放假|休息|上班/.test(s) && /\d+月\d+日/.test(s));
  const days: NoticeDay[] = [];
  const problems: NoticeProblem[] = [];
  const problem = (item: string, zh: string, en: string) =>
    problems.push({ item: item.slice(0, 60), message: { zh, en } });

  for (const item of items) {
    const name = itemName(item) || '节假日';
    const range = RANGE.exec(item);
    if (range) {
      const [, y1, m1, d1, y2, m2, d2] = range;
      const startYear = Number(y1 ?? year);
      const from = isoDay(startYear, Number(m1), Number(d1));
      const to = d2 ? isoDay(Number(y2 ?? startYear), Number(m2 ?? m1), Number(d2)) : from;
      if (!from || !to) {
        problem(item, `${name}：日期不存在`, `${name}: a date does not exist`);
        continue;
      }
      if (to < from) {
        problem(item, `${name}：放假起止日期颠倒`, `${name}: the holiday ends before it starts`);
        continue;
      }
      const span = [...daysBetween(from, to)];
      // "共3天", or "放假1天" in a one-day item.
      const stated = /共(\d+)天|放假(\d+)天/.exec(item);
      const total = stated ? [stated[0], stated[1] ?? stated[2]] : null;
      if (total && Number(total[1]) !== span.length) {
        problem(
          item,
          `${name}：通知写共 ${total[1]} 天，起止日期却是 ${span.length} 天`,
          `${name}: the notice says ${total[1]} days, but the dates span ${span.length}`,
        );
        continue;
      }
      for (const day of span) days.push({ day, kind: 'holiday', name });
    }
    // Make-up working days ("9月29日（星期日）、10月12日（星期六）上班") and compensatory days off
    // ("4月5日放假，4月6日（星期一）补休"): the dates listed right before the word.
    for (const [word, kind, suffix] of [
      ['上班', 'workday', '调休'],
      ['补休', 'holiday', '补休'],
    ] as const) {
      for (const run of item.matchAll(new RegExp(`((?:${DATE.source}${NOTE}[、，,和及]?)+)${word}`, 'g'))) {
        for (const m of (run[1] ?? '').matchAll(new RegExp(DATE.source, 'g'))) {
          const day = isoDay(Number(m[1] ?? year), Number(m[2]), Number(m[3]));
          if (!day) problem(item, `${name}：${word}日期不存在`, `${name}: a day marked ${word} does not exist`);
          else days.push({ day, kind, name: `${name}${suffix}` });
        }
      }
    }
    if (!range && !item.includes('上班'))
      problem(item, `${name}：读不出放假日期`, `${name}: no holiday dates could be read`);
    // Every date the item names must have been read as a holiday or a working day; one that was not (an
    // unfamiliar wording) is flagged rather than silently left a working day.
    const read = new Set(days.map((d) => d.day));
    if (!problems.some((p) => p.item === item.slice(0, 60))) {
      for (const m of item.matchAll(new RegExp(DATE.source, 'g'))) {
        const day = isoDay(Number(m[1] ?? year), Number(m[2]), Number(m[3]));
        if (day && !read.has(day)) {
          problem(
            item,
            `${name}：${m[0]} 没有读出是放假还是上班，请核对通知原文`,
            `${name}: ${m[0]} was not read as a holiday or a working day; check the notice`,
          );
        }
      }
    }
  }
  const seen = new Map<string, NoticeDay>();
  for (const d of days) {
    const before = seen.get(d.day);
    if (before && before.kind !== d.kind)
      problem(d.day, `${d.day} 既是假日又是上班日`, `${d.day} is both a holiday and a working day`);
    seen.set(d.day, d);
  }
  if (items.length === 0)
    problem(
      raw,
      '没有读到任何节假日安排，请粘贴通知正文',
      'No holiday arrangements found; paste the text of the notice',
    );
  return { year, days: [...seen.values()].sort((a, b) => a.day.localeCompare(b.day)), problems };
}
