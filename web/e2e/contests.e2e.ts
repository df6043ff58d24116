// 知识竞赛 in a browser: a member finds the county's contest under 服务, answers the questions served one at a
// time, and sees points and a rank; the county's editor sees the result on the leaderboard. The right answers are
// read from the bank as the editor sees it, not from the member's pages (which never have them beforehand).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, DEMO_PASSWORD, demoMemberPhone, launch, MEMBER_SLOT, memberOnPhone } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The demo bank as the county's editor reads it: each question's text and the texts of its right options. */
async function rightAnswers(): Promise<Map<string, string[]>> {
  const login = await fetch(`${base}/api/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zg-client': 'e2e' },
    body: JSON.stringify({ username: 'editor', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const bank = (await (await fetch(`${base}/api/quiz/questions?pageSize=100`, { headers: { cookie } })).json()) as {
    items: Array<{ stem: string; options: string[]; answer: number[] }>;
  };
  return new Map(bank.items.map((q) => [q.stem, q.answer.map((i) => q.options[i] as string)]));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function answerAll(page: Page, answers: Map<string, string[]>) {
  let previous = '';
  for (let n = 0; n < 5; n++) {
    // The next question replaces the one answered: read its text only once it has.
    const stemBox = page.getByTestId('contest-stem');
    await expect.poll(() => stemBox.innerText()).not.toBe(previous);
    const stem = await stemBox.innerText();
    previous = stem;
    const right = answers.get(stem);
    expect(right, stem).toBeDefined();
    for (const text of right ?? []) {
      // An option reads "B. 一年": its letter, then its text exactly.
      await page
        .getByTestId('contest-play')
        .getByText(new RegExp(`^[A-F]\\. ${escapeRegExp(text)}$`))
        .click();
    }
    const submit = page.getByTestId('contest-submit');
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await expect.poll(() => page.getByTestId('contest-feedback').innerText()).toMatch(/^回答正确/);
    await page.getByTestId('contest-next').click();
  }
}

describe('knowledge contests in a browser', () => {
  it('a member takes the county contest and sees points and a rank; the editor sees the leaderboard', async () => {
    const answers = await rightAnswers();
    expect(answers.size).toBeGreaterThanOrEqual(5);
    const phone = await demoMemberPhone(base, MEMBER_SLOT.contests);
    const { page: member, errors } = await memberOnPhone(browser, base, phone);
    await member.goto(`${base}/services`);
    await member.getByText('知识竞赛').click();
    await member.getByTestId('contest-list').getByText('劳动法律知识竞赛').click();
    await member.getByTestId('contest-start').click();
    await answerAll(member, answers);
    const result = member.getByTestId('contest-result');
    await expect
      .poll(() => result.innerText())
      .toMatch(/^答对 5 \/ 5 题，用时 [\d.]+ 秒。 获得 10 积分。 当前排名第 1。$/);

    // The points arrived in the ledger, and the contest page remembers the best.
    await member.goto(`${base}/points`);
    await expect.poll(() => member.getByText('参与奖励').count()).toBeGreaterThan(0);
    await member.goto(`${base}/contests`);
    await member.getByTestId('contest-list').getByText('劳动法律知识竞赛').click();
    await expect
      .poll(() => member.getByTestId('contest-best').innerText())
      .toBe('我的最好成绩：答对 5 / 5 题，排名第 1，已得 10 积分');
    expect((await member.getByTestId('contest-start').innerText()).replace(/\s/g, '')).toBe('开始答题');
    expect(errors).toEqual([]);

    // The county's editor reads the leaderboard: the member first, the name masked.
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await adminSignIn(page, base, 'editor');
    await page.getByRole('menuitem', { name: /知识竞赛/ }).click();
    await page
      .locator('.ant-table-row', { hasText: '劳动法律知识竞赛' })
      .getByRole('button', { name: /成\s*绩/ })
      .click();
    const board = page.getByRole('dialog');
    const first = board.locator('.ant-table-row').first();
    await first.waitFor();
    const cells = await first.locator('td').allInnerTexts();
    expect(cells[0]).toBe('1');
    expect(cells[1]).toMatch(/\*/);
    expect(cells[3]).toBe('5');
  });
});
