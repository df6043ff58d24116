// Regenerates the README screenshots from a running demo server:
//   npm start  (in another terminal), then  node scripts/screenshots.mjs [http://127.0.0.1:3000]
// The README shows each face at the width it is used at: the member app on a 375 px phone, the console on a
// 1440 px laptop, the cockpit on a 1920×1080 wall screen. With WIDTHS_DIR=/some/dir it also writes every face at
// all three widths there, to look at before a release (not committed).
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const out = new URL('../docs/screenshots/', import.meta.url);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const phone = await browser.newContext({ viewport: { width: 375, height: 720 }, deviceScaleFactor: 2, isMobile: true });
const m = await phone.newPage();
await m.goto(`${base}/`);
await m.getByRole('textbox', { name: '手机号' }).fill('13800000001');
await m.getByText('获取验证码').click();
await m.waitForTimeout(800);
const code = (await m.getByTestId('dev-inbox').innerText()).match(/验证码是 (\d{6})/)?.[1] ?? '';
await m.getByRole('textbox', { name: '验证码' }).fill(code);
await m.getByRole('button', { name: '登录' }).click();
await m.getByTestId('card-qr').waitFor();
await m.waitForTimeout(2500); // the sign-in toast fades
await m.screenshot({ path: new URL('member.png', out).pathname });
await m.goto(`${base}/benefits`);
await m.getByText('龙游影城电影票（工会普惠）').waitFor();
await m.screenshot({ path: new URL('benefits.png', out).pathname });
await m.getByText('龙游影城电影票（工会普惠）').click();
await m.waitForTimeout(1000);
await m.screenshot({ path: new URL('offer.png', out).pathname });
await m.goto(`${base}/points`);
await m.getByTestId('points-balance').waitFor();
await m.waitForTimeout(800);
await m.screenshot({ path: new URL('points.png', out).pathname });

const desk = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const a = await desk.newPage();
await a.goto(`${base}/admin`);
await a.getByLabel('用户名').fill('longyou');
await a.getByLabel('密码').fill('Zg@Demo-2026');
await a.getByRole('button', { name: /登\s*录/ }).click();
await a.getByText('组织架构').first().waitFor();
await a.getByRole('menuitem', { name: /组织架构/ }).click(); // the console opens on 待办
await a.locator('.ant-tree-switcher').first().click();
await a.waitForTimeout(600);
await a.getByText('龙洲街道总工会').first().click();
await a.waitForTimeout(800);
await a.screenshot({ path: new URL('admin.png', out).pathname });
await a.goto(`${base}/admin/offers`);
await a.getByText('茶艺体验课').waitFor();
await a.waitForTimeout(1000);
await a.screenshot({ path: new URL('admin-offers.png', out).pathname });
const wall = await browser.newContext({
  viewport: { width: 1920, height: 1080 },
  storageState: await desk.storageState(),
});
const c = await wall.newPage();
await c.goto(`${base}/cockpit`);
await c.getByTestId('cockpit.members').waitFor();
await c.waitForTimeout(1200);
await c.screenshot({ path: new URL('cockpit.png', out).pathname });

if (process.env.WIDTHS_DIR) {
  const dir = process.env.WIDTHS_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const faces = [
    ['member', m, '/'],
    ['member-benefits', m, '/benefits'],
    ['console-desk', a, '/admin'],
    ['console-members', a, '/admin/members'],
    ['cockpit', c, '/cockpit'],
  ];
  for (const width of [375, 1440, 1920]) {
    for (const [name, page, path] of faces) {
      await page.setViewportSize({ width, height: width === 375 ? 800 : width === 1440 ? 900 : 1080 });
      await page.goto(`${base}${path}`);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
    }
  }
  console.log(`every face at 375, 1440 and 1920 px written to ${dir}`);
}
await browser.close();
console.log(`screenshots written to ${out.pathname}`);
