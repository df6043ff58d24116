// Every page of every face, with demo data, read as a person reads it: in Chinese, no English word outside a
// short allow-list and no error code; in English, no interface text left in Chinese (a text node equal to a
// message of the Chinese catalogue); and with assistive technology: no critical or serious axe violation.
// Pages come from the route tables, so a new page is scanned too.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { zhAudit } from '../src/i18n/zh-CN.audit';
import { zhConsole } from '../src/i18n/zh-CN.console';
import { zhMember } from '../src/i18n/zh-CN.member';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, smsSignIn } from './browser';

const base = inject('baseUrl');
let browser: Browser;

/** Latin words a Chinese screen may show: the language switch, units and names of formats and things. */
const allowedLatin = new Set([
  'English',
  'IP',
  'CSV',
  'QR',
  'ID',
  'SMS',
  'Excel',
  'Word',
  'PPT',
  'PDF',
  'MP4',
  'JPG',
  'JPEG',
  'PNG',
  'MB',
  'KB',
]);
const errorCode = /\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g;

const modulesDir = path.resolve(import.meta.dirname, '../src/modules');
/** The routes of a face's central table and of every module's own routes for that face (`admin.tsx`, `member.tsx`). */
const routePaths = (file: string, moduleFile: string) =>
  [
    path.resolve(import.meta.dirname, file),
    ...fs
      .readdirSync(modulesDir)
      .map((m) => path.join(modulesDir, m, moduleFile))
      .filter((f) => fs.existsSync(f)),
  ].flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/path: '([^']+)'/g)].map((m) => m[1] as string));
/** Every module's Chinese messages (web/src/modules/<name>/<part>.zh-CN.ts). */
const zhModules = Object.values(
  import.meta.glob<Record<string, string>>('../src/modules/*/*.zh-CN.ts', { eager: true, import: 'default' }),
).flatMap((m) => Object.values(m));

/**
 * What the page shows once its data has arrived, with placeholders and accessible names. Left out: code and raw
 * records (<code>, <pre>), text marked English on purpose (lang="en"), names and machine strings that are never
 * translated (translate="no"), and the icon library's own names for its icons (antd's aria-label="search").
 */
async function screenText(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    for (const e of document.querySelectorAll('code, pre, [lang="en"], [translate="no"]')) e.remove();
    const named = [...document.querySelectorAll('[placeholder],[aria-label],[title]')].filter(
      (e) => !e.classList.contains('anticon'),
    );
    const attrs = named.flatMap((e) => ['placeholder', 'aria-label', 'title'].map((a) => e.getAttribute(a) ?? ''));
    return [document.body.innerText, ...attrs].join('\n');
  });
}

function latinProblems(text: string): string[] {
  const words = [...text.matchAll(/(?<![\w.])[A-Za-z]{2,}(?![\w.])/g)].map((m) => m[0]);
  const codes = [...text.matchAll(errorCode)].map((m) => m[0]);
  return [...new Set([...words.filter((w) => !allowedLatin.has(w)), ...codes])];
}

/** Text nodes that are, whole, a message of the Chinese catalogue: interface text left untranslated. */
async function untranslated(page: Page, url: string, chinese: Set<string>): Promise<string[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const nodes = await page.evaluate(() => {
    for (const e of document.querySelectorAll('[translate="no"]')) e.remove();
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push((n.textContent ?? '').trim());
    for (const e of document.querySelectorAll('[placeholder],[aria-label]'))
      out.push(e.getAttribute('placeholder') ?? '', e.getAttribute('aria-label') ?? '');
    return out.filter(Boolean);
  });
  return [...new Set(nodes.filter((n) => chinese.has(n)))];
}

let memberPage: Page;
let consolePage: Page;
let offerId = 0;
let articleId = 0;
beforeAll(async () => {
  browser = await launch();
});
/** Signs a member and a cadre in once, from inside the first test (the sign-in polls the dev inbox). */
let signedIn: Promise<void> | undefined;
const signIn = () => {
  signedIn ??= (async () => {
    const phone = await demoMemberPhone(base, MEMBER_SLOT.language);
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    memberPage = await ctx.newPage();
    await memberPage.goto(`${base}/`);
    await smsSignIn(memberPage, phone);
    await memberPage.getByTestId('tab-home').waitFor();
    const offers = await memberPage.evaluate(() => fetch('/api/me/offers').then((r) => r.json()));
    offerId = offers.items[0]?.id ?? 0;
    const articles = await memberPage.evaluate(() => fetch('/api/me/articles').then((r) => r.json()));
    articleId = articles.items[0]?.id ?? 0;
    consolePage = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await adminSignIn(consolePage, base, 'sysadmin');
  })();
  return signedIn;
};
afterAll(() => browser?.close());

const memberUrls = () => [
  ...routePaths('../src/member/routes.tsx', 'member.tsx')
    .filter((p) => !p.includes(':'))
    .map((p) => p.replace('/:unionId?', '')),
  '/',
  ...(offerId ? [`/benefits/${offerId}`] : []),
  ...(articleId ? [`/news/${articleId}`] : []),
];
const consoleUrls = () => [
  ...routePaths('../src/admin/routes.tsx', 'admin.tsx')
    .filter((p) => !p.includes(':') && !p.startsWith('/'))
    .map((p) => `/admin/${p}`),
  '/cockpit',
];

describe('every page in Chinese', () => {
  it('shows no English word outside the allow-list and no error code (member app)', async () => {
    await signIn();
    const found: Record<string, string[]> = {};
    for (const url of memberUrls()) {
      const problems = latinProblems(await screenText(memberPage, `${base}${url}`));
      if (problems.length) found[url] = problems;
    }
    expect(found).toEqual({});
  });

  it('shows no English word outside the allow-list and no error code (console and cockpit)', async () => {
    await signIn();
    const found: Record<string, string[]> = {};
    for (const url of consoleUrls()) {
      const problems = latinProblems(await screenText(consolePage, `${base}${url}`));
      if (problems.length) found[url] = problems;
    }
    expect(found).toEqual({});
  });
});

describe('every page in English', () => {
  const chinese = new Set(
    [...Object.values(zhMember), ...Object.values(zhConsole), ...Object.values(zhAudit), ...zhModules].filter(
      (v) => !v.includes('{'),
    ) as string[],
  );
  it('leaves no interface text in Chinese', async () => {
    await signIn();
    for (const page of [memberPage, consolePage]) {
      await page.context().addCookies([{ name: 'zg_lang', value: 'en', url: base }]);
    }
    const found: Record<string, string[]> = {};
    for (const url of memberUrls()) {
      const left = await untranslated(memberPage, `${base}${url}`, chinese);
      if (left.length) found[url] = left;
    }
    for (const url of consoleUrls()) {
      const left = await untranslated(consolePage, `${base}${url}`, chinese);
      if (left.length) found[url] = left;
    }
    expect(found).toEqual({});
  });
});

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Critical and serious axe violations on the page, as "rule: where" lines. */
async function axeProblems(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  // Evaluated through the browser's debugging protocol: the app's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }>;
    }
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${String(v.nodes[0]?.target[0] ?? '')}`);
  });
}

describe('every page with assistive technology', () => {
  // Every page of both faces, each audited by axe: about 80 s on an idle machine, so it gets more than the default.
  it('has no critical or serious axe violation', async () => {
    await signIn();
    for (const page of [memberPage, consolePage]) {
      await page.context().addCookies([{ name: 'zg_lang', value: 'zh-CN', url: base }]);
    }
    const found: Record<string, string[]> = {};
    for (const url of memberUrls()) {
      const problems = await axeProblems(memberPage, `${base}${url}`);
      if (problems.length) found[url] = problems;
    }
    for (const url of consoleUrls()) {
      const problems = await axeProblems(consolePage, `${base}${url}`);
      if (problems.length) found[url] = problems;
    }
    expect(found).toEqual({});
  }, 240_000);
});
