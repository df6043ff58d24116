// 志愿服务 in a browser: a rider registers as a volunteer and joins the county's repair team; a resident who has not
// joined the union orders an e-bike repair by phone; the rider takes it for the team, reports it done with a note,
// the resident confirms and rates it, and the rider's points rise by what the published rules give, with the reason.
// The county's admin then finds the confirmed order, with its points, in the console.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, memberOnPhone, smsSignIn, watchErrors } from './browser';

const base = inject('baseUrl');
/** A phone no demo member has: a resident who has not joined the union. */
const RESIDENT = '13966660777';
/** A `datetime-local` value `days` from the browser's now, at 10:00 (the browser's zone). */
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
};
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('志愿服务 in a browser', () => {
  it('a rider volunteers, a resident orders a repair, the team takes and does it, the rating earns the rider points', async () => {
    // 1. The rider registers as a volunteer under 服务 and joins 骑行侠志愿服务队 (open to join).
    const { page: rider, errors: riderErrors } = await memberOnPhone(
      browser,
      base,
      await demoMemberPhone(base, MEMBER_SLOT.volunteers),
    );
    await rider.getByTestId('tab-services').click();
    await rider.getByText('志愿服务', { exact: true }).click();
    await rider.getByTestId('volunteer-skills').getByText('电动车维修').click();
    await rider.getByTestId('volunteer-register').click();
    await rider.getByTestId('volunteer-home').waitFor();
    const toJoin = rider.getByTestId('teams-to-join');
    await toJoin
      .locator('.adm-list-item', { hasText: '骑行侠志愿服务队' })
      .getByRole('button', { name: '加入' })
      .click();
    await expect.poll(() => rider.getByTestId('my-teams').innerText()).toMatch(/骑行侠志愿服务队[\s\S]*队员/);
    // The rules in force are shown in words: version 1 of the county's, 10 points an order, 5 more for five stars.
    expect(await rider.getByTestId('volunteer-rules').innerText()).toContain('龙游县总工会第 1 版：每单 10 分');
    const balance = async () => Number(await rider.getByTestId('points-balance').locator('.big').innerText());
    await rider.goto(`${base}/points`);
    await expect.poll(balance).not.toBeNaN();
    const pointsBefore = await balance();

    // 2. A resident signs in by phone (not a member), orders an e-bike repair for a time and place.
    const resident = await (
      await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true })
    ).newPage();
    const residentErrors = watchErrors(resident);
    await resident.goto(`${base}/login`);
    await smsSignIn(resident, RESIDENT);
    await resident.waitForURL((url) => !url.pathname.startsWith('/login'));
    await resident.goto(`${base}/service-orders`);
    await resident
      .getByTestId('service-menu')
      .locator('.adm-list-item', { hasText: '电动车维修' })
      .getByTestId('service-order')
      .click();
    const form = resident.getByTestId('order-form');
    await form.getByPlaceholder('服务队怎么称呼你，如：张阿姨').fill('张阿姨');
    await form.getByPlaceholder('如：城东菜场门口').fill('龙游县职工之家门口');
    await form.getByPlaceholder('如：后轮漏气').fill('后轮漏气');
    // Ten days ahead: the care test moves the demo server's clock a week forward, and the order must be after it.
    await form.getByTestId('order-when').locator('input').fill(inDays(10));
    await resident.getByTestId('order-submit').click();
    // The toast that answers: success, or the server's refusal (named in the failure, should there be one).
    await expect
      .poll(() =>
        resident
          .locator('.adm-toast-main')
          .innerText()
          .catch(() => ''),
      )
      .not.toBe('');
    expect(await resident.locator('.adm-toast-main').innerText()).toBe('点单已提交，服务队接单后会通知你');
    await resident.getByTestId('my-service-orders').waitFor();
    expect(await resident.getByTestId('my-service-orders').innerText()).toMatch(/电动车维修[\s\S]*待接单/);

    // The team takes it: the rider opens 接单大厅 and takes the order for the team.
    await rider.goto(`${base}/volunteer/orders`);
    const open = rider
      .getByTestId('orders-open')
      .getByTestId('volunteer-order')
      .filter({ hasText: '龙游县职工之家门口' });
    await open.getByTestId('order-take').click();
    await rider.getByText('接单成功，请按约定时间上门服务').waitFor();
    await rider.getByRole('tab', { name: '我队的单' }).click();
    const mine = rider
      .getByTestId('orders-mine')
      .getByTestId('volunteer-order')
      .filter({ hasText: '龙游县职工之家门口' });
    await mine.getByTestId('order-done-note').locator('textarea').fill('换了内胎，试骑正常');
    await mine.getByTestId('order-done').click();
    await rider.getByText('已提交，等待点单人确认').waitFor();

    // 3. The resident sees it done, confirms and gives five stars; the award is explained on the order.
    await resident.reload();
    await resident.getByRole('tab', { name: '我的点单' }).click();
    await resident.getByTestId('my-service-orders').locator('.adm-card', { hasText: '待确认' }).first().click();
    const detail = resident.getByTestId('service-order-detail');
    await detail.waitFor();
    expect(await detail.innerText()).toContain('服务情况：换了内胎，试骑正常');
    await resident.getByTestId('order-confirm-submit').click();
    await expect
      .poll(() =>
        resident
          .getByTestId('order-award')
          .innerText()
          .catch(() => ''),
      )
      .toBe('志愿者获得 15 积分：服务 10 分 + 5 星评价奖励 5 分（龙游县总工会积分规则第 1 版）');
    expect(await detail.innerText()).toMatch(/提交点单[\s\S]*服务队接单[\s\S]*服务完成[\s\S]*确认并评价/);

    // The rider's balance rose by 15, and the movement says why.
    await rider.goto(`${base}/points`);
    await expect.poll(balance).toBe(pointsBefore + 15);
    expect(await rider.locator('body').innerText()).toContain('志愿服务：电动车维修（维修）10 分 + 5 星评价奖励 5 分');
    expect(riderErrors).toEqual([]);
    expect(residentErrors).toEqual([]);

    // The county's admin finds the confirmed order, rated and with its points, in the console.
    const admin = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    const adminErrors = watchErrors(admin);
    await adminSignIn(admin, base, 'longyou');
    await admin.getByRole('menuitem', { name: /点单服务/ }).click();
    const row = admin.locator('.ant-table-row', { hasText: '龙游县职工之家门口' });
    expect(await row.innerText()).toMatch(/电动车维修[\s\S]*已完成[\s\S]*骑行侠志愿服务队[\s\S]*5★/);
    await row.click();
    const drawer = admin.getByTestId('order-drawer');
    await expect.poll(() => drawer.innerText()).toContain('15 分（服务 10 + 评价奖励 5，龙游县总工会规则第 1 版）');
    expect(await drawer.innerText()).toContain('139****0777');
    expect(adminErrors).toEqual([]);
  });
});
