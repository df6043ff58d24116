import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, launch, smsSignIn, watchErrors } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** An admin's API session (cookie and CSRF token). */
async function apiSession(username: string) {
  const login = await fetch(`${base}/api/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zg-client': 'e2e' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/**
 * A 龙游 member on a phone, signed in once. Not the demo member: texts are limited to one a minute per
 * phone, and other browser tests sign that one in. The county admin reveals the phone (audited).
 */
let memberPage: Page | null = null;
async function demoMember(): Promise<Page> {
  if (memberPage) return memberPage;
  const { cookie, csrfToken } = await apiSession('longyou');
  const list = (await (await fetch(`${base}/api/members?pageSize=50`, { headers: { cookie } })).json()) as {
    items: Array<{ id: number; category: string; status: string; phone: string }>;
  };
  const target = list.items.find(
    (m) => m.status === 'active' && m.category === 'employee' && !m.phone.startsWith('138'),
  );
  const reveal = await fetch(`${base}/api/members/${target?.id}/reveal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ field: 'phone', reason: '端到端测试登录' }),
  });
  const { value: phoneNumber } = (await reveal.json()) as { value: string };
  const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
  memberPage = await phone.newPage();
  await memberPage.goto(`${base}/login`);
  await smsSignIn(memberPage, phoneNumber);
  return memberPage;
}

/** Another 龙游 member, signed in through the API (not a browser): the one who holds the place first. */
async function apiMember(skip: Page) {
  const { cookie: adminCookie, csrfToken: adminCsrf } = await apiSession('longyou');
  const mine = await skip.evaluate(() => fetch('/api/me').then((r) => r.json()));
  const list = (await (
    await fetch(`${base}/api/members?pageSize=50`, { headers: { cookie: adminCookie } })
  ).json()) as {
    items: Array<{ id: number; category: string; status: string; phone: string }>;
  };
  const target = list.items.find(
    (m) => m.status === 'active' && m.category === 'employee' && !m.phone.startsWith('138') && m.id !== mine.member?.id,
  );
  const reveal = await fetch(`${base}/api/members/${target?.id}/reveal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: adminCookie, 'x-csrf-token': adminCsrf },
    body: JSON.stringify({ field: 'phone', reason: '端到端测试登录' }),
  });
  const { value: phone } = (await reveal.json()) as { value: string };
  const pre = { 'content-type': 'application/json', 'x-zg-client': 'e2e' };
  await fetch(`${base}/api/auth/sms/request`, { method: 'POST', headers: pre, body: JSON.stringify({ phone }) });
  const inbox = (await (await fetch(`${base}/api/dev/sms-inbox`)).json()) as {
    items: Array<{ phone: string; body: string }>;
  };
  const code = inbox.items.find((m) => m.phone.endsWith(phone.slice(-4)))?.body.match(/验证码是 (\d{6})/)?.[1];
  const login = await fetch(`${base}/api/auth/member/login`, {
    method: 'POST',
    headers: pre,
    body: JSON.stringify({ phone, code }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
  const post = async (url: string, body: unknown = {}, extra: Record<string, string> = {}) => {
    const res = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: { ...headers, ...extra },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { id: number; pass: string };
    if (!res.ok) throw new Error(JSON.stringify(json));
    return json;
  };
  const { pass } = await post('/api/me/claim-pass');
  return {
    claim: (offerId: number) =>
      post('/api/claims', { offerId, idempotencyKey: `e2e-claim-${offerId}` }, { 'x-zg-pass': pass }),
    cancel: (claimId: number) => post(`/api/me/claims/${claimId}/cancel`),
  };
}

/** The benefits officer's API session, to schedule offers a few seconds ahead (the form is tested by hand). */
async function officerApi() {
  const { cookie, csrfToken } = await apiSession('benefits');
  const post = async (url: string, body: unknown = {}) => {
    const res = await fetch(`${base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { id: number };
    if (!res.ok) throw new Error(JSON.stringify(json));
    return json;
  };
  const unions = (await (
    await fetch(`${base}/api/unions?q=${encodeURIComponent('龙游县总工会')}`, { headers: { cookie } })
  ).json()) as { items: Array<{ id: number; name: string }> };
  const merchants = (await (await fetch(`${base}/api/merchants`, { headers: { cookie } })).json()) as {
    items: Array<{ id: number }>;
  };
  const unionId = unions.items.find((u) => u.name === '龙游县总工会')?.id;
  const offer = async (body: Record<string, unknown>) => {
    const o = await post('/api/offers', { unionId, ...body });
    await post(`/api/offers/${o.id}/publish`);
    return o.id;
  };
  return { offer, merchantId: merchants.items[0]?.id };
}

describe('benefits end to end', () => {
  it('a member waits for the countdown, claims a voucher, the cinema redeems it, and points show every movement', async () => {
    const officer = await officerApi();
    const at = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const voucherId = await officer.offer({
      kind: 'voucher',
      mode: 'first_come',
      title: '端到端电影票',
      capacity: 3,
      pointsCost: 10,
      merchantId: officer.merchantId,
      opensAt: at(12),
      closesAt: at(3600),
    });

    const member = await demoMember();
    const errors = watchErrors(member);
    await member.getByTestId('nav-benefits').click();
    await member.getByTestId(`offer-${voucherId}`).click();
    await member.getByTestId('countdown').waitFor();
    expect(await member.getByTestId('countdown').innerText()).toMatch(/距开始 00:00:\d\d/);
    // The claim button appears when the server's clock reaches the opening time.
    await member.getByTestId('claim').click({ timeout: 30_000 });
    await member.getByText('领取成功').waitFor();
    await member.getByRole('button', { name: '卡券包' }).click();
    const voucher = member.locator('[data-testid^="voucher-"]').first();
    await voucher.waitFor();
    const code = ((await voucher.getAttribute('data-testid')) ?? '').replace('voucher-', '');
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const till = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await till.goto(`${base}/admin`);
    await till.getByLabel('用户名').fill('cinema');
    await till.getByLabel('密码').fill(DEMO_PASSWORD);
    await till.getByRole('button', { name: /登\s*录/ }).click();
    await till.getByTestId('redeem-code').fill(code.toLowerCase());
    await till.getByRole('button', { name: /查\s*询/ }).click();
    await till.getByTestId('redeem').click();
    await till.getByText('核销成功').waitFor();

    await member.goto(`${base}/wallet`);
    await member.getByText('已使用').click();
    await member.getByTestId(`voucher-${code}`).waitFor();
    await member.goto(`${base}/points`);
    await member.getByText('兑换 · 端到端电影票').waitFor();
    expect(await member.getByText(/工会发放/).count()).toBeGreaterThan(0);
    // 100 issued this month, 10 spent on the voucher.
    expect(await member.getByTestId('points-balance').innerText()).toContain('90');
    expect(errors).toEqual([]);
  });

  it('a member on the waitlist is told at once when a place opens, with the deadline, and reads it in the inbox', async () => {
    const officer = await officerApi();
    const at = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const id = await officer.offer({
      kind: 'activity',
      mode: 'first_come',
      title: '端到端亲子游',
      capacity: 1,
      cancelHours: 1,
      opensAt: at(-10),
      closesAt: at(3600),
      startsAt: at(86_400),
    });
    const member = await demoMember();
    const errors = watchErrors(member);
    const first = await apiMember(member);
    const held = await first.claim(id);

    await member.goto(`${base}/benefits/${id}`);
    await member.getByRole('button', { name: '加入候补' }).click();
    await member.getByText('已加入候补，第 1 位').waitFor();
    await first.cancel(held.id);

    await member.goto(`${base}/messages`);
    const notice = member.getByText('候补成功，请及时确认');
    await notice.waitFor();
    const body = await member.locator('.adm-list-item', { has: notice }).innerText();
    expect(body).toContain('「端到端亲子游」');
    expect(body).toMatch(/请在 \d\d-\d\d \d\d:\d\d 前/);
    await notice.click();
    await member.waitForURL(`${base}/claims`);
    expect(errors).toEqual([]);
  });

  it('an officer draws a lottery the member re-runs, and checks the member in at a course', async () => {
    const officer = await officerApi();
    const at = (s: number) => new Date(Date.now() + s * 1000).toISOString();
    const lotteryId = await officer.offer({
      kind: 'subsidy',
      mode: 'lottery',
      title: '端到端助学抽签',
      capacity: 1,
      opensAt: at(-10),
      closesAt: at(10),
    });
    const courseId = await officer.offer({
      kind: 'course',
      mode: 'first_come',
      title: '端到端插花课',
      capacity: 5,
      checkinPoints: 20,
      opensAt: at(-10),
      closesAt: at(3600),
      startsAt: at(7200),
    });

    const member = await demoMember();
    await member.goto(`${base}/benefits/${lotteryId}`);
    await member.getByTestId('claim').click();
    await member.getByText('已报名，等待抽签').waitFor();
    await member.goto(`${base}/benefits/${courseId}`);
    await member.getByTestId('claim').click();
    await member.getByText('领取成功').waitFor();
    const card = await member.evaluate(() => fetch('/api/me/card').then((r) => r.json()));

    const desk = await (await browser.newContext({ viewport: { width: 1366, height: 860 } })).newPage();
    await desk.goto(`${base}/admin`);
    await desk.getByLabel('用户名').fill('benefits');
    await desk.getByLabel('密码').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: /登\s*录/ }).click();
    await desk.getByText('福利与活动').first().click();
    await desk.waitForTimeout(11_000);
    await desk.goto(`${base}/admin/offers/${lotteryId}`);
    await desk.getByRole('tab', { name: '抽签' }).click();
    await desk.getByTestId('draw').click();
    await desk.getByRole('button', { name: /确\s*定|OK/ }).click();
    await desk.getByText('中签').first().waitFor();

    await desk.goto(`${base}/admin/offers/${courseId}/check-in`);
    await desk.getByTestId('checkin-token').fill(card.token);
    await desk.getByTestId('checkin-submit').click();
    await desk.getByText(/签到成功/).waitFor();

    await member.goto(`${base}/benefits/${lotteryId}/lottery`);
    await member.getByTestId('verify-lottery').click();
    await member.getByText('复核一致：结果可信').waitFor();
    // One applicant proves little: the browser's re-run is checked against an order computed here, in Node,
    // from the published description (SHA-256 of `${seed}:${claimId}`, ascending), for several entries;
    // and a result whose order or winners were tampered with must fail the check.
    type Published = { seed: string; entries: Array<{ claimId: number; rank: number; won: boolean }> };
    const real: Published = await member.evaluate(
      (id) => fetch(`/api/offers/${id}/lottery`).then((r) => r.json()),
      lotteryId,
    );
    const ids = [real.entries[0]?.claimId ?? 0, 990_001, 990_002, 990_003, 990_004];
    const ranked = ids
      .map((id) => ({ id, k: createHash('sha256').update(`${real.seed}:${id}`).digest('hex') }))
      .sort((a, b) => a.k.localeCompare(b.k))
      .map((x) => x.id);
    const published = (order: number[], winners = 1): Published => ({
      ...real,
      entries: order.map((claimId, i) => ({ ...real.entries[0], claimId, rank: i + 1, won: i < winners })),
    });
    const check = async (body: unknown, expected: string) => {
      await member.route(`**/api/offers/${lotteryId}/lottery`, (route) => route.fulfill({ json: body }));
      await member.reload();
      await member.getByTestId('verify-lottery').click();
      await member.getByText(expected, { exact: true }).waitFor();
      await member.unroute(`**/api/offers/${lotteryId}/lottery`);
    };
    await check(published(ranked), '复核一致：结果可信');
    await check(published([...ranked].reverse()), '复核不一致');
    await check(
      { ...published(ranked), entries: published(ranked).entries.map((e, i) => ({ ...e, won: i === 2 })) },
      '复核不一致',
    );
    await member.goto(`${base}/points`);
    await member.getByText('活动签到 · 端到端插花课').waitFor();
    // The only applicant of one place won, and was told so in the inbox.
    await member.goto(`${base}/messages`);
    await member.getByText('抽签结果：已中签').waitFor();
    await member.getByText('「端到端助学抽签」抽签结果已公布，恭喜您中签！').waitFor();
  });
});
