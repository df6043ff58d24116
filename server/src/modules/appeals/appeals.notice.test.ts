// The holiday notice reader against items worded as the State Council's notices of several years have
// worded them. Every day an item names is read as a holiday or a working day, or the item is flagged.
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from './appeals.notice.js';

const read = (year: number, text: string) => {
  const r = parseHolidayNotice(year, text);
  return {
    holidays: r.days.filter((d) => d.kind === 'holiday').map((d) => d.day),
    workdays: r.days.filter((d) => d.kind === 'workday').map((d) => d.day),
    problems: r.problems.map((p) => p.message.zh),
  };
};

describe('reading the yearly holiday notice', () => {
  it('reads a compensatory day off (补休) as a holiday, as in the 2015 and 2017 notices', () => {
    expect(read(2015, '三、清明节：4月5日放假，4月6日（星期一）补休。')).toEqual({
      holidays: ['2015-04-05', '2015-04-06'],
      workdays: [],
      problems: [],
    });
    expect(read(2017, '一、元旦：1月1日放假，1月2日（星期一）补休。')).toEqual({
      holidays: ['2017-01-01', '2017-01-02'],
      workdays: [],
      problems: [],
    });
    // The issue's own example: the day off two days later is a holiday, not a working day.
    expect(read(2026, '四、清明节：4月5日放假，4月7日（星期一）补休。').holidays).toEqual(['2026-04-05', '2026-04-07']);
  });

  it('reads ranges across the new year with their years, and make-up working days (2019–2020 wording)', () => {
    expect(read(2020, '一、元旦：2019年12月30日至2020年1月1日放假调休，共3天。2019年12月29日（星期日）上班。')).toEqual(
      { holidays: ['2019-12-30', '2019-12-31', '2020-01-01'], workdays: ['2019-12-29'], problems: [] },
    );
  });

  it('reads the 2025 wording: lunar notes inside the brackets, one-day items that do not shift days', () => {
    const text =
      '一、元旦：1月1日（周三）放假1天，不调休。\n' +
      '二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。\n' +
      '五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。';
    const r = read(2025, text);
    expect(r.problems).toEqual([]);
    expect(r.holidays).toHaveLength(1 + 8 + 3);
    expect(r.workdays).toEqual(['2025-01-26', '2025-02-08']);
  });

  it('reads "与周末连休" items, which name no extra day (2014 wording)', () => {
    expect(read(2014, '五、端午节：6月2日放假，与周末连休。')).toEqual({
      holidays: ['2014-06-02'],
      workdays: [],
      problems: [],
    });
  });

  it('flags a date it cannot place instead of leaving it a working day', () => {
    const r = read(2026, '六、中秋节：9月25日放假，9月28日（星期一）另行安排。');
    expect(r.holidays).toEqual(['2026-09-25']);
    expect(r.problems).toEqual(['中秋节：9月28日 没有读出是放假还是上班，请核对通知原文']);
  });

  it('flags a compensatory day that does not exist', () => {
    expect(read(2026, '三、清明节：4月5日放假，4月31日（星期一）补休。').problems).toEqual(['清明节：补休日期不存在']);
  });
});
