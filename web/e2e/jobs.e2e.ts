// 就业岗位 in a browser: a rider agrees to be sent jobs; the county's admin posts a job (the form points out wording
// the law forbids before it is submitted), the city's admin approves it; the job is suggested to the rider with the
// reason, the rider applies, and is told of the interview the county sets. Then a job fair: the county sets one up
// with a booth, the rider finds the booth's open job and registers, and the county sees one registered.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, memberOnPhone, watchErrors } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function admin(username: string) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const errors = watchErrors(page);
  await adminSignIn(page, base, username);
  await page.getByRole('menuitem', { name: /就业岗位/ }).click();
  return { page, errors };
}

/**
 * A China wall-clock moment `days` from now at 10:00, as the console's date picker takes it: ten days, since the care
 * test moves the demo server's clock a week forward and the interview must be after the server's now.
 */
const tenOClock = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 10)} 10:00`;
};

/** The member's inbox once it has loaded (its first message is on screen). */
async function messages(page: Page) {
  await page.goto(`${base}/messages`);
  await page.locator('.adm-list-item').first().waitFor();
  return page.locator('body').innerText();
}

describe('就业岗位 in a browser', () => {
  it('a job is posted, reviewed, suggested to a consenting rider with why, applied for, and the interview is told', async () => {
    const title = `电动车维修技师${Date.now() % 100000}`;
    // The rider turns on job suggestions, naming a skill.
    const { page: rider, errors: riderErrors } = await memberOnPhone(
      browser,
      base,
      await demoMemberPhone(base, MEMBER_SLOT.jobs),
    );
    await rider.getByTestId('tab-services').click();
    await rider.getByText('就业岗位', { exact: true }).click();
    await rider.getByTestId('jobs-seeker-entry').click();
    await rider.getByTestId('seeker-consent').click();
    await rider.getByTestId('seeker-skills').locator('input').fill('电动车维修，驾驶');
    await rider.getByTestId('seeker-save').click();
    await rider.getByText('已保存').waitFor();
    await expect.poll(() => rider.getByTestId('seeker-form').innerText()).toMatch(/同意接收推送/);

    // The county posts a job; wording the law forbids is pointed out as it is typed, and taken out.
    const { page: county, errors: countyErrors } = await admin('longyou');
    await county.getByTestId('job-new').click();
    const drawer = county.getByRole('dialog').last();
    await drawer.getByRole('combobox').first().fill('龙游县总工会');
    await county.locator('.ant-select-item-option', { hasText: '龙游县总工会（县区总工会）' }).first().click();
    await county.getByTestId('job-employer').fill('龙游快送');
    await county.getByTestId('job-title').fill(title);
    await county.getByTestId('job-description').fill('负责骑手电动车维修，限男性，35岁以下');
    await expect
      .poll(() =>
        county
          .getByTestId('job-wording')
          .innerText()
          .catch(() => ''),
      )
      .toContain('“限男性”、“35岁以下”');
    await county.getByTestId('job-description').fill('负责骑手电动车日常维修，男女不限');
    await expect.poll(() => county.getByTestId('job-wording').count()).toBe(0);
    await county.getByTestId('job-skills').locator('input').fill('电动车维修');
    await county.keyboard.press('Enter');
    await county.getByTestId('job-pay-min').fill('150');
    await county.getByTestId('job-pay-max').fill('260');
    await county.getByTestId('job-place').fill('龙游县零工驿站');
    await county.getByTestId('job-save').click();
    await county.getByText('已提交，等待另一位干部审核').waitFor();
    // The poster cannot approve it: the drawer says it waits for another cadre.
    await county.locator('.ant-table-row', { hasText: title }).click();
    await county.getByTestId('job-drawer').getByText('等待另一位干部审核').waitFor();
    expect(await county.getByTestId('job-approve').count()).toBe(0);

    // The city's admin approves it.
    const { page: city, errors: cityErrors } = await admin('quzhou');
    await city.locator('.ant-table-row', { hasText: title }).click();
    await city.getByTestId('job-approve').click();
    await city.getByText('已发布，正在推荐给相符的求职会员').waitFor();
    // The suggestion reaches the rider (the match runs right after approval); the officers see a count only.
    await expect
      .poll(
        async () => {
          await city
            .getByTestId('job-drawer')
            .locator('..')
            .locator('..')
            .press('Escape')
            .catch(() => undefined);
          await city.locator('.ant-table-row', { hasText: title }).click();
          return city.getByTestId('job-reached').innerText();
        },
        { timeout: 20_000 },
      )
      .toMatch(/已推荐给 [1-9]\d* 位/);

    // The rider finds it under 为我推荐, with why, and applies.
    await rider.goto(`${base}/jobs`);
    await rider.getByRole('tab', { name: '为我推荐' }).click();
    const suggested = rider.getByTestId('jobs-suggested').locator('.adm-list-item', { hasText: title });
    expect(await suggested.innerText()).toContain('技能相符：电动车维修');
    await suggested.click();
    await rider.getByTestId('job-intro').locator('textarea').fill('送餐三年，自己会修车');
    await rider.getByTestId('job-apply').click();
    await rider.getByText('已申请，用人单位会通过工会联系你').waitFor();
    expect(await messages(rider)).toContain(title);

    // The county invites the rider to an interview; the rider is told when and where.
    await county.reload();
    await county.locator('.ant-table-row', { hasText: title }).click();
    await county.getByTestId('applicant-interview').click();
    const modal = county.getByRole('dialog').last();
    await modal.getByTestId('interview-at').click();
    await county.keyboard.type(tenOClock(10));
    await county.keyboard.press('Enter');
    await expect.poll(() => modal.getByTestId('interview-at').inputValue()).toBe(tenOClock(10));
    await modal.getByTestId('interview-place').fill('龙游县零工驿站二楼');
    await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
    // The toast that answers: success, or the server's refusal (named in the failure, should there be one).
    const answer = county.locator('.ant-message-notice').last();
    await answer.waitFor();
    expect(await answer.innerText()).toBe('已约面试，已通知申请人');
    await expect.poll(() => messages(rider)).toContain('请于');
    expect(await messages(rider)).toContain('龙游县零工驿站二楼');
    await rider.goto(`${base}/jobs`);
    await rider.getByRole('tab', { name: '我的申请' }).click();
    expect(await rider.getByTestId('job-applications').innerText()).toMatch(
      new RegExp(`${title}[\\s\\S]*约面试[\\s\\S]*龙游县零工驿站二楼`),
    );

    expect(riderErrors).toEqual([]);
    expect(countyErrors).toEqual([]);
    expect(cityErrors).toEqual([]);
  });

  it('the county sets up a job fair with a booth; the rider sees the booth’s jobs and registers; the county sees it', async () => {
    const title = `新就业形态专场${Date.now() % 100000}`;
    const { page: county, errors: countyErrors } = await admin('longyou');
    await county.getByRole('tab', { name: '招聘会' }).click();
    await county.getByTestId('fair-new').click();
    const drawer = county.getByRole('dialog').last();
    await drawer.getByRole('combobox').first().fill('龙游县总工会');
    await county.locator('.ant-select-item-option', { hasText: '龙游县总工会（县区总工会）' }).first().click();
    await county.getByTestId('fair-title').fill(title);
    await drawer.getByPlaceholder('开始日期').click();
    await county.keyboard.type(tenOClock(12));
    await county.keyboard.press('Enter');
    await drawer.getByPlaceholder('结束日期').click();
    await county.keyboard.type(tenOClock(12).replace('10:00', '15:00'));
    await county.keyboard.press('Enter');
    await county.getByTestId('fair-place').fill('县人力资源市场一楼');
    await county.getByTestId('fair-submit').click();
    await county.getByText('招聘会已设立，请为用人单位安排展位').waitFor();

    // A booth for the demo's courier company, whose gig (seeded, approved) is open.
    await county.locator('.ant-table-row', { hasText: title }).click();
    await county.getByTestId('booth-no').fill('A08');
    await county.getByTestId('booth-employer').fill('龙游中通快递');
    await county.getByTestId('booth-add').click();
    await county.getByText('展位已安排').waitFor();

    const { page: rider, errors: riderErrors } = await memberOnPhone(
      browser,
      base,
      await demoMemberPhone(base, MEMBER_SLOT.jobFairs),
    );
    await rider.goto(`${base}/jobs`);
    await rider.getByRole('tab', { name: '招聘会' }).click();
    await rider.getByTestId('job-fairs').locator('.adm-list-item', { hasText: title }).click();
    const booth = rider.getByTestId('fair-booth').filter({ hasText: 'A08' });
    expect(await booth.innerText()).toMatch(/A08 · 龙游中通快递[\s\S]*快递分拣员[\s\S]*18–25 元\/时/);
    await rider.getByTestId('fair-register').click();
    await rider.getByTestId('fair-unregister').waitFor();

    await county.reload();
    await county.getByRole('tab', { name: '招聘会' }).click();
    // The columns: name, union, when, place, booths, registered, status.
    const cells = county.locator('.ant-table-row', { hasText: title }).locator('td');
    expect([await cells.nth(4).innerText(), await cells.nth(5).innerText()]).toEqual(['1', '1']);
    expect(riderErrors).toEqual([]);
    expect(countyErrors).toEqual([]);
  });
});
