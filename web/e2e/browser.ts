import fs from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'Zg@Demo-2026';

export async function launch(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Fails the test on any uncaught page error or console error (a broken page must not pass). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
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
