import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, launch, watchErrors } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('member app on a 375 px phone', () => {
  it('signs in with the code from the dev SMS inbox and shows the member card', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base}/`);
    await page.getByRole('textbox', { name: '手机号' }).fill('13800000001');
    await page.getByText('获取验证码').click();
    const inbox = page.getByTestId('dev-inbox');
    await expect.poll(async () => (await inbox.innerText()).match(/验证码是 (\d{6})/)?.[1]).toBeTruthy();
    const code = (await inbox.innerText()).match(/验证码是 (\d{6})/)?.[1] ?? '';
    await page.getByRole('textbox', { name: '验证码' }).fill(code);
    await page.getByRole('button', { name: '登录' }).click();
    const card = page.getByTestId('member-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('龙游县网约送餐员联合工会');
    // No horizontal scrolling at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // 我的 shows the record, the phone masked.
    await page.getByTestId('tab-me').click();
    await page.getByTestId('logout').waitFor();
    await expect.poll(() => page.getByText(/^138\*{4}0001$/).count()).toBe(1);
    await page.getByTestId('tab-home').click();
    await card.waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Member e-card').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('admin console', () => {
  it('creates a union, moves it, and the auditor sees both in the audit log', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await adminSignIn(page, base, 'longyou');
    await page.getByRole('menuitem', { name: /组织架构/ }).click();
    // Create a base union under the county federation (selected by default).
    await page.getByRole('button', { name: '新建下级工会' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('工会名称').fill('龙游县网约车司机第二联合工会');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText('已保存').first().waitFor();
    await expect.poll(() => page.getByText('龙游县网约车司机第二联合工会').count()).toBeGreaterThan(0);
    // Move it under a township federation.
    await page.getByRole('button', { name: /移\s*动/ }).click();
    const move = page.getByRole('dialog', { name: '移动' });
    await move.getByRole('combobox').fill('东华街道');
    // antd renders its own visible option list beside the hidden accessible one.
    await page.locator('.ant-select-item-option', { hasText: '东华街道总工会' }).first().click();
    await move.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => page.getByRole('button', { name: '东华街道总工会' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();

    const auditorContext = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const auditor = await auditorContext.newPage();
    await adminSignIn(auditor, base, 'auditor');
    await auditor.getByText('审计日志').click();
    // The auditor filters by a kind of action in words and reads sentences, not codes.
    await auditor.getByRole('combobox', { name: '操作类别' }).click();
    await auditor.locator('.ant-select-item-option', { hasText: '组织架构' }).click();
    await auditor.getByRole('button', { name: /搜\s*索/ }).click();
    await expect.poll(() => auditor.getByTestId('audit-event-union.move').count()).toBeGreaterThan(0);
    const moved = await auditor.getByTestId('audit-event-union.move').first().innerText();
    expect(moved).toContain('longyou');
    expect(moved).toContain('调整了工会的上级');
    expect(await auditor.getByTestId('audit-event-union.create').count()).toBeGreaterThan(0);
    expect(await auditor.locator('.ant-table-tbody').innerText()).not.toMatch(/union\.(move|create)|[a-z]+#\d/);
    await auditorContext.close();
  });

  it('a county admin cannot see a sibling county’s union', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await adminSignIn(page, base, 'kecheng');
    await page.getByRole('menuitem', { name: /组织架构/ }).click();
    await page.getByPlaceholder('搜索工会名称').fill('龙游');
    await page.getByPlaceholder('搜索工会名称').press('Enter');
    await page.getByText('共 0 条').waitFor();
    // The API answers 404 for the sibling's union, the same as for a missing one.
    const status = await page.evaluate(async () => {
      const search = await fetch('/api/unions?q=%E9%BE%99%E6%B8%B8').then((r) => r.json());
      const other = await fetch('/api/unions/3');
      const missing = await fetch('/api/unions/999999');
      return { hits: search.total, other: other.status, missing: missing.status };
    });
    expect(status).toEqual({ hits: 0, other: 404, missing: 404 });
    await context.close();
  });
});

describe('cockpit', () => {
  it('shows real figures and drills down into a child union', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await adminSignIn(page, base, 'quzhou');
    const api = await page.evaluate(() => fetch('/api/cockpit/overview').then((r) => r.json()));
    await page.goto(`${base}/cockpit`);
    await page.getByTestId('cockpit.members').waitFor();
    expect(await page.getByTestId('cockpit.members').innerText()).toContain(api.totals.members.toLocaleString('zh-CN'));
    // The child is drilled into from far down the page; the county is then read from its heading.
    await page.getByRole('button', { name: '龙游县总工会' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('button', { name: '龙游县总工会' }).click();
    await expect.poll(() => page.getByTestId('cockpit-trail').innerText()).toContain('龙游县总工会');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    const county = await page.evaluate(() =>
      fetch(`/api/cockpit/overview?unionId=${new URLSearchParams(location.search).get('union')}`).then((r) => r.json()),
    );
    await expect.poll(() => page.getByTestId('cockpit.members').innerText()).toContain(String(county.totals.members));
    expect(errors).toEqual([]);
    await context.close();
  });
});
