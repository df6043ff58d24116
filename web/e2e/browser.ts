import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

export { launch } from './chromium';

export const DEMO_PASSWORD = 'Zg@Demo-2026';

/** The default map tile server (Amap), out of reach from these machines: its tiles fail to load, as offline. */
const TILE_HOST = /^https?:\/\/[^/]*autonavi\.com\//;

/**
 * Fails the test on any uncaught page error or console error (a broken page must not pass). Map tiles that cannot
 * be fetched are not the page's fault: the map shows its stations without them (stations.e2e.ts answers the tiles
 * and checks the map itself).
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error' || /status of 4\d\d/.test(m.text())) return;
    if (TILE_HOST.test(m.location().url)) return;
    errors.push(m.text());
  });
  return errors;
}

export async function adminSignIn(page: Page, base: string, username: string) {
  await page.goto(`${base}/admin`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('组织架构').first().waitFor();
}

/** Member sign-in with the code read from the dev SMS inbox shown on the sign-in page. */
export async function smsSignIn(page: Page, phone: string) {
  await page.getByRole('textbox', { name: '手机号' }).fill(phone);
  await page.getByText('获取验证码').click();
  const inbox = page.getByTestId('dev-inbox');
  await expect.poll(async () => (await inbox.innerText()).includes(phone.slice(-4))).toBe(true);
  const code = (await inbox.innerText()).match(new RegExp(`${phone.slice(-4)}：[^\\n]*验证码是 (\\d{6})`))?.[1] ?? '';
  await page.getByRole('textbox', { name: '验证码' }).fill(code);
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * Which demo rider each browser test signs in as. Texts are limited to one a minute per phone and vitest orders
 * the files differently from run to run, so no two files may share a member: one slot per file, kept here.
 */
export const MEMBER_SLOT = {
  care: 0,
  content: 1,
  language: 2,
  stations: 3,
  contests: 4,
  courses: 5,
  volunteers: 6,
  jobs: 7,
  jobFairs: 8,
} as const;

/**
 * The phone of the demo riders' union's active member in `slot` (by id, skipping the demo member 13800000001),
 * read through the membership officer's audited reveal, as a cadre would.
 */
export async function demoMemberPhone(base: string, slot: number): Promise<string> {
  const login = await fetch(`${base}/api/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zg-client': 'e2e' },
    body: JSON.stringify({ username: 'rider-officer', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const list = (await (await fetch(`${base}/api/members?pageSize=50`, { headers: { cookie } })).json()) as {
    items: Array<{ id: number; status: string; phone: string }>;
  };
  const riders = list.items
    .filter((m) => m.status === 'active' && !m.phone.endsWith('0001'))
    .sort((a, b) => a.id - b.id);
  const target = riders[slot];
  if (!target) throw new Error(`demo member slot ${slot} is empty: the riders' union has ${riders.length} others`);
  const reveal = await fetch(`${base}/api/members/${target.id}/reveal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ field: 'phone', reason: '端到端测试登录' }),
  });
  return ((await reveal.json()) as { value: string }).value;
}

/** A phone-sized page signed in as the member with `phone`, on the member home, its page errors watched. */
export async function memberOnPhone(browser: Browser, base: string, phone: string) {
  const page = await (
    await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true })
  ).newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}/login`);
  await smsSignIn(page, phone);
  await page.getByTestId('member-card').waitFor();
  return { page, errors };
}

/** The 17 digits with the GB 11643 check character appended, computed here from the standard (not by the app). */
export function withCheckCharacter(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body17].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return body17 + '10X98765432'[sum % 11];
}
