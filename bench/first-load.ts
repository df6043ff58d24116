// A first visit on a phone's slow link: the real server (embedded database, demo data, the built web app) and
// real Chromium with the network throttled to slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip),
// an empty browser cache and a signed-in session. It prints the time from navigation to the first useful
// element and the bytes on the wire, for:
//   - the member home with the e-card (goal ≤ 2.5 s),
//   - the console's member list (goal ≤ 4 s),
//   - the cockpit's first figures.
// Beside each, the same run's references: the same page with compression refused (Accept-Encoding: identity,
// the naive way), and the link's floor (one small file over the same throttled link).
//
//   npm run build && npm run bench:first-load
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../web/e2e/chromium.js';
import { startDemoServer } from '../web/e2e/server.js';

const DEMO_PASSWORD = 'Zg@Demo-2026';
const MEMBER_PHONE = '13800000001';
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const RUNS = Number(process.env.RUNS ?? 3);

/** Sessions are made unthrottled, once; each measured visit starts from a fresh context (empty cache). */
async function memberSession(browser: Browser, base: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByRole('textbox', { name: '手机号' }).fill(MEMBER_PHONE);
  await page.getByText('获取验证码').click();
  const inbox = page.getByTestId('dev-inbox');
  let code = '';
  for (let i = 0; i < 50 && !code; i++) {
    // biome-ignore lint/performance/useDomNodeTextContent: the code is read line by line, as the page renders it
    const text = await inbox.innerText();
    code = text.match(new RegExp(`${MEMBER_PHONE.slice(-4)}：[^\\n]*验证码是 (\\d{6})`))?.[1] ?? '';
    if (!code) await page.waitForTimeout(200);
  }
  await page.getByRole('textbox', { name: '验证码' }).fill(code);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('member-card').waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

async function adminSession(browser: Browser, base: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/admin`);
  await page.getByLabel('用户名').fill('longyou');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText('组织架构').first().waitFor();
  const state = await context.storageState();
  await context.close();
  return state;
}

type State = Awaited<ReturnType<BrowserContext['storageState']>>;

/** One throttled visit: milliseconds until `ready` is visible, and bytes received on the wire. */
async function visit(
  browser: Browser,
  state: State | undefined,
  url: string,
  ready: string,
  opts: { identity?: boolean; viewport?: { width: number; height: number } } = {},
) {
  const context = await browser.newContext({ storageState: state, viewport: opts.viewport ?? null });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  if (opts.identity) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  let bytes = 0;
  const urls = new Map<string, { url: string; start: number }>();
  const waterfall: string[] = [];
  const started = Date.now();
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => {
    urls.set(e.requestId, { url: e.request.url.replace(/^https?:\/\/[^/]+/, ''), start: Date.now() - started });
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    const r = urls.get(e.requestId);
    if (r)
      waterfall.push(
        `${String(r.start).padStart(5)}–${String(Date.now() - started).padStart(5)} ms ${(e.encodedDataLength / 1024).toFixed(1).padStart(6)} KB ${r.url}`,
      );
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(ready).first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  // WATERFALL=1 prints each request's start and end, to see what a page waits for.
  if (process.env.WATERFALL) console.log(`${url} ready at ${ms} ms\n  ${waterfall.join('\n  ')}`);
  await context.close();
  return { ms, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function measure(
  browser: Browser,
  state: State | undefined,
  url: string,
  ready: string,
  opts: Parameters<typeof visit>[4] = {},
) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, state, url, ready, opts));
  return { ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)) };
}

const { base, stop } = await startDemoServer();
const browser = await launch();
try {
  const member = await memberSession(browser, base);
  const admin = await adminSession(browser, base);
  const phone = { width: 375, height: 812 };
  const desk = { width: 1440, height: 900 };
  const floor = await measure(browser, undefined, `${base}/favicon.svg`, 'svg');
  const faces = [
    {
      name: 'member home with e-card',
      goal: 2500,
      state: member,
      url: `${base}/`,
      ready: '[data-testid="card-qr"]',
      viewport: phone,
    },
    {
      name: 'console member list',
      goal: 4000,
      state: admin,
      url: `${base}/admin/members`,
      ready: '.ant-table-row',
      viewport: desk,
    },
    {
      name: 'cockpit first figures',
      goal: undefined,
      state: admin,
      url: `${base}/cockpit`,
      ready: 'canvas',
      viewport: desk,
    },
  ];
  console.log(
    `slow 4G (1.6 Mbit/s, 150 ms RTT), empty cache, median of ${RUNS}; link floor (one small file): ${floor.ms} ms`,
  );
  console.log('| page | time to first useful element | on the wire | goal | uncompressed (naive): time, bytes |');
  console.log('|---|---|---|---|---|');
  for (const f of faces) {
    const got = await measure(browser, f.state, f.url, f.ready, { viewport: f.viewport });
    const naive = await measure(browser, f.state, f.url, f.ready, { viewport: f.viewport, identity: true });
    const verdict = f.goal === undefined ? '—' : `${f.goal} ms ${got.ms <= f.goal ? 'met' : 'MISSED'}`;
    console.log(
      `| ${f.name} | ${got.ms} ms (${(got.ms / floor.ms).toFixed(1)}× floor) | ${(got.bytes / 1024).toFixed(0)} KB | ${verdict} | ${naive.ms} ms, ${(naive.bytes / 1024).toFixed(0)} KB |`,
    );
  }
} finally {
  await browser.close();
  await stop();
}
