import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, smsSignIn, watchErrors } from './browser';

const base = inject('baseUrl');
let browser: Browser;
let member: Page;
let memberErrors: string[];
let memberPhone = '';
beforeAll(async () => {
  browser = await launch();
  // A rider of 龙游's joint union other than the demo member (texts are limited to one a minute per phone).
  const phone = await demoMemberPhone(base, MEMBER_SLOT.care);
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  member = await context.newPage();
  memberErrors = watchErrors(member);
  memberPhone = phone;
});
afterAll(() => browser?.close());

async function admin(username: string) {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await adminSignIn(page, base, username);
  return page;
}

describe('care in a browser', () => {
  let applicationUrl = '';

  it('a worker applies for assistance with separate consent and sees the tier and why', async () => {
    await member.goto(`${base}/login`);
    await smsSignIn(member, memberPhone);
    await member.getByTestId('nav-assistance').click();
    await member.getByTestId('assistance-apply').click();
    await member.getByText('因病').first().click();
    await member.getByTestId('person-age-0').locator('input').fill('38');
    await member.getByTestId('person-income-0').locator('input').fill('２００００'); // full-width digits from an IME
    await member.getByTestId('add-person').click();
    await member.getByTestId('person-age-1').locator('input').fill('9');
    await member.getByText('重大疾病').click();
    await member.getByTestId('medical').locator('input').fill('30000');
    await member.getByTestId('story').locator('textarea').fill('本人患病住院，孩子读小学，收入减少。');
    await expect.poll(() => member.getByTestId('assistance-submit').isDisabled()).toBe(true);
    await member.getByTestId('consent').click();
    // A child of 9 in the household: the parent consents for the child too (PI-05).
    await expect.poll(() => member.getByTestId('assistance-submit').isDisabled()).toBe(true);
    await member.getByTestId('guardian-consent').click();
    await member.getByTestId('assistance-submit').click();
    // The landing page confirms the submission and says how the decision will arrive.
    await expect
      .poll(() => member.getByTestId('assistance-submitted').innerText())
      .toMatch(/申请已提交[\s\S]*审核结果会发到「消息」/);
    // ¥20,000 a year for two people is ¥833 a month: under the ¥1,243 minimum-living line.
    await expect.poll(() => member.getByTestId('assistance-tier').innerText()).toBe('深度困难');
    await member.getByText('人均每月 ¥833.33').first().waitFor();
    applicationUrl = member.url();
    expect(applicationUrl).toMatch(/\/assistance\/\d+$/);
  });

  it('the base union proposes, the county approves within the cap, a payment reaches the worker', async () => {
    const base1 = await admin('rider-assist');
    await base1.goto(`${base}/admin/assistance`);
    await base1.getByRole('row').filter({ hasText: '深度困难' }).first().click();
    // Sensitive data is for the case's reviewer only (AS-22): the officer takes the case first.
    await base1.getByTestId('assistance-reviewer-only').waitFor();
    await base1.getByTestId('assistance-review-myself').click();
    await expect.poll(() => base1.getByTestId('assistance-reviewer').innerText()).not.toBe('未指派');
    await base1.getByTestId('assistance-reveal').click();
    await base1.getByTestId('assistance-sensitive').getByText('本人患病住院').waitFor();
    await base1.getByTestId('assistance-propose').click();
    await base1.getByTestId('amount-input').fill('5000');
    await base1
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await base1.getByText('基层已审核，待上级审批').first().waitFor();

    const county = await admin('assist');
    await county.goto(`${base}/admin/assistance`);
    await county.getByRole('row').filter({ hasText: '基层已审核' }).first().click();
    await county.getByTestId('assistance-approve').click();
    await county
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await county.getByTestId('assistance-disburse').click();
    await county.getByTestId('amount-input').fill('5000');
    await county.getByTestId('paid-on').click();
    await county.keyboard.type(new Date().toISOString().slice(0, 10));
    await county.keyboard.press('Enter');
    await county
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await county.getByText('已发放').first().waitFor();

    await member.goto(applicationUrl);
    await expect.poll(() => member.getByTestId('assistance-status').innerText()).toBe('已发放');
    expect(await member.getByTestId('assistance-amounts').innerText()).toContain('¥5,000');
    await member.getByText('审批通过').waitFor();
    // The worker was told of the approval and of the payment.
    await member.goto(`${base}/messages`);
    await member.getByText('帮扶款已发放').waitFor();
    await member.getByText(/向您发放帮扶款 5000\.00 元/).waitFor();
    await member.getByText('帮扶申请已批准').waitFor();
  });

  it('a wage-arrears appeal goes overdue, escalates, is resolved with an amount and rated', async () => {
    await member.goto(`${base}/`);
    await member.getByTestId('nav-appeals').click();
    await member.getByTestId('appeal-new').click();
    await member.getByTestId('appeal-employer').locator('input').fill('龙游某外卖配送站');
    await member.getByTestId('appeal-owed').locator('input').fill('8600');
    await member.getByTestId('appeal-text').locator('textarea').fill('两个月配送费未结算，站点负责人失联。');
    await member.getByTestId('appeal-submit').click();
    await expect.poll(() => member.getByTestId('appeal-status').innerText()).toBe('已提交');
    await expect
      .poll(() => member.getByTestId('appeal-submitted').innerText())
      .toMatch(/诉求已提交[\s\S]*已交给龙洲街道总工会处理[\s\S]*前首次答复您/);
    // No union at this employer: it goes to the federation above the rider's union, the township.
    await member.getByText('龙洲街道总工会').first().waitFor();
    const appealUrl = member.url();

    // Nobody at the township answers: a week later (on the deadline clock) it moves up to the county.
    // Only the province's system admin may move the demo clock.
    const sysadmin = await admin('sysadmin');
    const moved = await sysadmin.evaluate(
      async (minutes) => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const res = await fetch('/api/dev/clock', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ advanceMinutes: minutes }),
        });
        return (await res.json()) as { escalated: number };
      },
      7 * 24 * 60,
    );
    expect(moved.escalated).toBeGreaterThanOrEqual(1);
    await member.goto(appealUrl);
    await member.getByText('超时，上级工会督办').waitFor();
    await member.getByText('龙游县总工会').first().waitFor();

    const handler = await admin('handler');
    await handler.goto(`${base}/admin/appeals`);
    await handler.getByRole('row').filter({ hasText: '龙游某外卖配送站' }).first().click();
    await handler.getByTestId('appeal-accept').click();
    await handler.getByTestId('appeal-resolve').waitFor();
    await handler.getByTestId('appeal-resolve').click();
    await handler.getByTestId('appeal-step-text').fill('协调平台垫付，站点补发配送费');
    await handler.getByTestId('appeal-recovered').fill('8600');
    await handler.getByTestId('appeal-workers').fill('12');
    await handler
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await handler.getByText('已办结').first().waitFor();

    await member.goto(appealUrl);
    await expect.poll(() => member.getByTestId('appeal-status').innerText()).toBe('已办结');
    expect(await member.getByTestId('appeal-outcome').innerText()).toContain('¥8,600');
    await member.getByTestId('appeal-stars').getByRole('button', { name: '5', exact: true }).click();
    // Opened again later, the case shows no "submitted" banner; rating says thank you.
    expect(await member.getByTestId('appeal-submitted').count()).toBe(0);
    await member.getByTestId('appeal-rate').click();
    await member.getByText('感谢您的评价').waitFor();
    await expect.poll(() => member.getByTestId('appeal-rate').count()).toBe(0);
    // With no app history behind it (a link from a text), back goes to the page above: the case list.
    await member.getByTestId('page-back').click();
    await member.waitForURL(/\/appeals$/);

    // The county's cockpit counts it from the real case; one person helped is too few to show.
    const cockpit = await admin('longyou');
    await cockpit.goto(`${base}/cockpit`);
    const care = cockpit.getByTestId('cockpit-care');
    await expect.poll(() => care.getByTestId('cockpit.arrearsCases').innerText()).toContain('1');
    expect(await care.getByTestId('cockpit.arrearsWorkers').innerText()).toContain('12');
    expect(await care.getByTestId('cockpit.recovered').innerText()).toContain('¥8,600');
    expect(await care.getByTestId('cockpit.peopleHelped').innerText()).toContain('<5');
    // Figures a module declares reach the screen with their label (content: articles and reads this year).
    expect(await cockpit.getByTestId('cockpit.figure.content.articlesPublished').innerText()).toContain('今年发布资讯');
    await cockpit.screenshot({ path: '/tmp/zg-cockpit-care.png', fullPage: true });
    expect(memberErrors).toEqual([]);
  });
});
