import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, launch, smsSignIn, watchErrors, withCheckCharacter } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A valid ID number (GB 11643 check character) for a rider born in 1995. */
let idSerial = 100 + Math.floor(Math.random() * 300);
function idNumber(): string {
  idSerial += 1;
  return withCheckCharacter(`33082519950615${String(idSerial)}`);
}

describe('joining by QR code at phone size', () => {
  it('a rider scans a union’s QR, applies, is approved, shows the e-card, and a station verifies it offline', async () => {
    const lookup = await fetch(`${base}/api/join/unions?q=${encodeURIComponent('网约送餐员')}`).then((r) => r.json());
    const riders = lookup.items[0];
    expect(riders.name).toBe('龙游县网约送餐员联合工会');

    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const worker = await phone.newPage();
    const errors = watchErrors(worker);
    await worker.goto(`${base}/join/${riders.id}`);
    await smsSignIn(worker, '13900009999');
    await worker.getByTestId('join-via').waitFor();
    expect(await worker.getByTestId('join-via').innerText()).toContain('龙游县网约送餐员联合工会');
    await worker.getByTestId('join-name').locator('input').fill('骑手小王');
    // The ID number is checked as typed: a wrong check character is named beside the field, full-width digits
    // from an IME are read as digits, and submitting waits for a valid number.
    const valid = idNumber();
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    const idInput = worker.getByTestId('join-id').locator('input');
    await idInput.fill(wrongCheck);
    await expect.poll(() => worker.getByTestId('join-id-check').innerText()).toContain('校验码对不上');
    expect(await worker.getByRole('button', { name: '提交申请' }).isDisabled()).toBe(true);
    const fullWidth = valid.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    await idInput.fill(fullWidth);
    await expect.poll(() => worker.getByTestId('join-id-check').innerText()).toContain('出生日期');
    await worker.getByText('外卖骑手', { exact: true }).click();
    await worker.getByRole('button', { name: '提交申请' }).click();
    await worker.getByTestId('join-submitted').waitFor();
    expect(await worker.getByTestId('join-submitted').innerText()).toContain('入会申请已提交');
    await worker.getByTestId('join-progress').click();
    const progress = worker.getByTestId('application-progress');
    await progress.waitFor();
    expect(await progress.innerText()).toContain('审核中');
    expect(await worker.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const desk = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    const officer = await desk.newPage();
    await adminSignIn(officer, base, 'rider-officer');
    // The console opens on 待办: the rider's application is counted there and beside the menu entry.
    const waiting = officer.getByTestId('desk-membership.applications');
    await waiting.waitFor();
    const countOf = async () => Number((await waiting.locator('.ant-statistic-content-value').innerText()).trim());
    const before = await countOf();
    expect(before).toBeGreaterThanOrEqual(1);
    await waiting.getByRole('button', { name: '去处理' }).click();
    const row = officer.getByRole('row', { name: /骑手小王/ });
    await row.getByRole('button', { name: '通过', exact: true }).click();
    await officer.getByText('已批准，已通知申请人').first().waitFor();
    await officer.getByRole('menuitem', { name: /待办/ }).click();
    if (before === 1) await officer.getByText('暂无待办事项').waitFor();
    else await expect.poll(countOf).toBe(before - 1);
    await desk.close();

    await worker.reload();
    const card = worker.getByTestId('member-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('骑手小王');
    const qr = worker.getByTestId('card-qr');
    await qr.waitFor();
    const token = (await qr.getAttribute('data-token')) ?? '';
    expect(token).toMatch(/^ZGC1\./);
    // The app shell: the home's service grid and what is open now, the 服务 tab by group, 我的 with the record.
    expect(await worker.getByTestId('nav-benefits').innerText()).toContain('普惠福利');
    await worker.getByTestId('tab-services').click();
    await worker.getByTestId('service-corrections').waitFor();
    expect(await worker.locator('.m-section-title').allInnerTexts()).toEqual([
      '会员服务',
      '福利活动',
      '维权帮扶',
      '工会资讯',
    ]);
    expect(await worker.getByTestId('service-join').count()).toBe(0);
    // Back steps through the app's history like the web view's own back: from a service, back to 服务 (not home).
    const depth = await worker.evaluate(() => history.length);
    await worker.getByTestId('service-corrections').click();
    await worker.waitForURL(/\/corrections$/);
    await worker.getByTestId('page-back').click();
    await worker.waitForURL(/\/services$/);
    await worker.goForward();
    await worker.waitForURL(/\/corrections$/);
    expect(await worker.evaluate(() => history.length)).toBe(depth + 1);
    await worker.goBack();
    await worker.waitForURL(/\/services$/);
    await worker.getByTestId('tab-me').click();
    await worker.getByTestId('logout').waitFor();
    await expect.poll(() => worker.locator('body').innerText()).toContain('骑手小王');
    await worker.getByTestId('tab-home').click();
    await card.waitFor();
    // Now a member, the rider scans another union's join QR: told where they belong, offered a transfer.
    const others = await fetch(`${base}/api/join/unions?q=${encodeURIComponent('龙游')}`).then((r) => r.json());
    const other = others.items.find((u: { id: number; level: string }) => u.level === 'base' && u.id !== riders.id);
    await worker.goto(`${base}/join/${other.id}`);
    const already = worker.getByTestId('join-already-member');
    await already.waitFor();
    expect(await already.innerText()).toContain('您已是龙游县网约送餐员联合工会的会员');
    await worker.getByTestId('join-transfer').click();
    await worker.waitForURL(/\/transfer\?to=/);
    await expect.poll(() => worker.locator('body').innerText()).toContain(other.name);
    expect(errors).toEqual([]);

    // The station page saves the public key once, then verifies with no network at all.
    const stationContext = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const station = await stationContext.newPage();
    await station.goto(`${base}/verify`);
    await station.getByText('扫描会员出示的二维码').waitFor();
    await stationContext.setOffline(true);
    await station.getByTestId('verify-input').locator('textarea').fill(token);
    await station.getByRole('button', { name: '核验' }).click();
    const result = station.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('有效会员');
    expect(await result.innerText()).toContain('骑**王');
    await station
      .getByTestId('verify-input')
      .locator('textarea')
      .fill(`${token.slice(0, -3)}abc`);
    await station.getByRole('button', { name: '核验' }).click();
    await expect.poll(() => result.innerText()).toContain('无效');
    await stationContext.close();
    await phone.close();
  });
});

describe('bulk import in the console', () => {
  it('uploads a roster with progress, lists every bad row, commits and reports', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await adminSignIn(page, base, 'rider-officer');
    await page.getByText('批量导入').click();
    await page.getByRole('combobox').fill('送餐员');
    await page.locator('.ant-select-item-option', { hasText: '龙游县网约送餐员联合工会' }).first().click();
    const lines = ['姓名,身份证号,手机号,身份类别'];
    for (let i = 0; i < 30; i++) lines.push(`骑手${i},${idNumber()},1370000${String(1000 + i)},外卖骑手`);
    lines[5] = '坏行,123,13700000000,外卖骑手';
    lines[9] = `坏电话,${idNumber()},12345,外卖骑手`;
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '骑手名册.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const result = page.getByTestId('import-result');
    await result.waitFor();
    const summary = await result.innerText();
    expect(summary).toContain('共 30 行：可导入 28 行');
    await expect.poll(() => result.innerText()).toContain('身份证号不正确');
    expect(await result.innerText()).toContain('手机号不正确');
    await page.getByRole('button', { name: /确认导入/ }).click();
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain('导入完成');
    expect(errors).toEqual([]);
    await context.close();
  });
});
