// docs/deploy.md, run: the files under deploy/ as a federation's IT staff would install them, on loopback ports.
// PostgreSQL gets the role and database of deploy/postgres-setup.sql; two processes start from the systemd unit's
// command line, folder and environment (deploy/zhigong.env.example filled in); nginx runs deploy/nginx/zhigong.conf
// with TLS and HTTP/2. Only host names, ports, certificate paths and install folders are replaced. Through nginx a
// cadre makes the first sign-in of a new installation, a worker signs in, joins and claims a voucher; then one
// process is killed and a second worker does the same.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBin, startCluster } from '../../server/test/pg-cluster';
import { launch, watchErrors, withCheckCharacter } from './browser';
import { findNginx, nginxMainConf, parseEnv, request as send, totp } from './deploy-kit';
import { freePort } from './server';

const repo = path.resolve(import.meta.dirname, '../..');
const deploy = (file: string) => fs.readFileSync(path.join(repo, 'deploy', file), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-deploy-'));

// What the deployment runs with, filled in below.
let cluster: { url: string; stop: () => void };
let appDbUrl = '';
let ports: number[] = [];
let base = '';
let httpPort = 0;
let certPem = '';
let unit = '';
let envFile = '';
let gatewayUrl = '';
const texts: Array<{ phone: string; params: Record<string, string> }> = [];
const processes = new Map<number, ChildProcess>();
let nginx: ChildProcess | undefined;
let browser: Browser;
let cadre: Page;
/** POSTs by the union administrator (the browser's session), expecting 200. */
let cadrePost: (url: string, data?: unknown) => Promise<{ id: number }>;
let gateway: http.Server;
let rootUnionId = 0;
let baseUnionId = 0;
let offerId = 0;

/** `Environment=`, `EnvironmentFile=`, `WorkingDirectory=` and `ExecStart=` of the rendered unit, for one port. */
function unitCommand(port: number) {
  const field = (name: string) =>
    unit
      .split('\n')
      .filter((l) => l.startsWith(`${name}=`))
      .map((l) => l.slice(name.length + 1).replaceAll('%i', String(port)));
  const env = {
    ...parseEnv(fs.readFileSync(field('EnvironmentFile')[0] ?? '', 'utf8')),
    ...parseEnv(field('Environment').join('\n')),
  };
  const [command, ...args] = (field('ExecStart')[0] ?? '').split(/\s+/);
  return { command: command ?? '', args, cwd: field('WorkingDirectory')[0] ?? '', env };
}

/** Starts one process as its unit would; resolves when it listens, with what it printed. */
function startProcess(
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const { command, args, cwd, env } = unitCommand(port);
  // Only PATH is kept from the test's own environment: the unit's settings are all the process gets.
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, ...extraEnv },
    stdio: 'pipe',
  });
  let output = '';
  // Each process's output goes to a file beside nginx's logs (kept with ZG_KEEP_DEPLOY=1, for reading a failure).
  const log = fs.createWriteStream(path.join(tmp, `server-${port}.log`));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return new Promise((resolve) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('is running on')) {
        processes.set(port, child);
        resolve({ code: null, output });
      }
    });
    child.stderr?.on('data', (d: Buffer) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A request through nginx (or straight to a process), trusting the test's own certificate. */
const request = (url: string, opts: Parameters<typeof send>[1] = {}) => send(url, { ...opts, ca: certPem });

const csrfOf = async (request: APIRequestContext) =>
  ((await (await request.get(`${base}/api/auth/session`)).json()) as { csrfToken: string }).csrfToken;

/** POSTs with a session's CSRF token, expecting 200 (the answer's text is the failure's message). */
function apiOf(request: APIRequestContext, csrf: string) {
  return async (url: string, data?: unknown): Promise<{ id: number }> => {
    const res = await request.post(`${base}${url}`, { data, headers: { 'x-csrf-token': csrf } });
    expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
    return res.json();
  };
}

/** An account's first sign-in by the API: one-time password, a new password, the authenticator. Returns the CSRF token. */
async function firstSignIn(request: APIRequestContext, username: string, oneTime: string): Promise<string> {
  const step = async (url: string, data: unknown, csrf?: string) => {
    const res = await request.post(`${base}${url}`, {
      data,
      headers: csrf ? { 'x-csrf-token': csrf } : { 'x-zg-client': 'deploy-test' },
    });
    expect(res.status(), `${url}: ${await res.text()}`).toBe(200);
    return res.json() as Promise<{ stage: string; csrfToken: string; secret: string }>;
  };
  const login = await step('/api/auth/admin/login', { username, password: oneTime });
  expect(login.stage).toBe('password_change');
  const changed = await step(
    '/api/auth/admin/password',
    { currentPassword: oneTime, newPassword: 'Lk4#Union-Admin-Harbour' },
    login.csrfToken,
  );
  expect(changed.stage).toBe('mfa_enrol');
  const { secret } = await step('/api/auth/totp/setup', undefined, changed.csrfToken);
  const enabled = await step('/api/auth/totp/enable', { code: totp(secret) }, changed.csrfToken);
  expect(enabled.stage).toBe('full');
  return enabled.csrfToken;
}

beforeAll(async () => {
  // PostgreSQL: the dedicated role and database, made by the guide's own file.
  cluster = await startCluster();
  const password = crypto.randomBytes(12).toString('hex');
  execFileSync(findBin('psql'), [
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-v',
    `password='${password}'`,
    '-f',
    path.join(repo, 'deploy/postgres-setup.sql'),
    cluster.url,
  ]);
  appDbUrl = cluster.url.replace('postgres@', `zhigong:${password}@`).replace(/\/postgres$/, '/zhigong');

  // The outside services a production start requires. The SMS gateway is a stand-in speaking the adapter's API
  // (platform/auth/sms.ts): it keeps each text so the test can read the code a worker would read on the phone.
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.headers.authorization !== 'Bearer sms-token') return res.writeHead(401).end();
      texts.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as net.AddressInfo).port}`;

  // The environment file, from the example with its blanks filled in.
  ports = [await freePort(), await freePort()];
  const dataDir = path.join(tmp, 'data');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  const filled: Record<string, string> = {
    DATABASE_URL: appDbUrl,
    WEB_DIST: path.join(repo, 'web/dist'),
    DATA_DIR: dataDir,
    PII_KEY: crypto.randomBytes(32).toString('base64'),
    PII_INDEX_KEY: crypto.randomBytes(32).toString('base64'),
    CARD_SIGNING_KEY: crypto
      .generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'der', type: 'pkcs8' })
      .toString('base64'),
    SMS_GATEWAY_URL: `${gatewayUrl}/send`,
    SMS_GATEWAY_TOKEN: 'sms-token',
    // No upload in this journey reaches clamd or the bill partner: their adapters are tested on their own.
    CLAMD_URL: 'tcp://127.0.0.1:9',
    BILL_PARTNER_URL: `${gatewayUrl}/bills`,
    BILL_PARTNER_KEY: 'bill-key',
    LOG_LEVEL: 'warn',
  };
  const example = deploy('zhigong.env.example');
  for (const key of Object.keys(filled))
    expect(example, `${key} is in zhigong.env.example`).toMatch(new RegExp(`^${key}=`, 'm'));
  envFile = path.join(tmp, 'zhigong.env');
  fs.writeFileSync(
    envFile,
    example.replace(/^([A-Z_]+)=.*$/gm, (line, key: string) => (key in filled ? `${key}=${filled[key]}` : line)),
    { mode: 0o600 },
  );

  // The systemd unit with this checkout's folders.
  unit = deploy('systemd/zhigong@.service')
    .replaceAll('/opt/zhigong', repo)
    .replaceAll('/etc/zhigong/zhigong.env', envFile)
    .replaceAll('/var/lib/zhigong', dataDir);
  fs.mkdirSync(path.join(tmp, 'units'));
  fs.writeFileSync(path.join(tmp, 'units/zhigong@.service'), unit);

  // TLS: a certificate for 127.0.0.1, which the test's requests trust as their CA.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=zhigong.test',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(tmp, 'privkey.pem'),
      '-out',
      path.join(tmp, 'fullchain.pem'),
    ],
    { stdio: 'pipe' },
  );
  certPem = fs.readFileSync(path.join(tmp, 'fullchain.pem'), 'utf8');

  // nginx: the site file with this machine's ports, inside a minimal main file as Debian's includes sites-enabled.
  httpPort = await freePort();
  const httpsPort = await freePort();
  const site = deploy('nginx/zhigong.conf')
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace('127.0.0.1:3001', `127.0.0.1:${ports[0]}`)
    .replace('127.0.0.1:3002', `127.0.0.1:${ports[1]}`)
    .replaceAll('/etc/ssl/zhigong', tmp)
    .replaceAll('/opt/zhigong', repo);
  fs.writeFileSync(path.join(tmp, 'zhigong.conf'), site);
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), nginxMainConf(tmp, path.join(tmp, 'zhigong.conf')));
  const nginxBin = findNginx();
  execFileSync(nginxBin, ['-t', '-q', '-c', path.join(tmp, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(nginxBin, ['-c', path.join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  base = `https://127.0.0.1:${httpsPort}`;

  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  for (const child of processes.values()) child.kill('SIGKILL');
  nginx?.kill('SIGQUIT');
  gateway?.close();
  cluster?.stop();
  if (process.env.ZG_KEEP_DEPLOY) console.log(`deployment kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the production setup of docs/deploy.md', () => {
  it('checks the systemd unit with systemd-analyze', () => {
    const analyze = spawnSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' }).stdout.trim();
    if (!analyze) throw new Error('systemd-analyze not found: apt-get install systemd');
    const result = spawnSync(analyze, ['verify', '--man=no', path.join(tmp, 'units/zhigong@3001.service')], {
      encoding: 'utf8',
    });
    // verify exits 0 on an unknown key or a misplaced one, and only says so: any word from it is a failure here.
    expect({ status: result.status, said: `${result.stdout}${result.stderr}`.trim() }).toEqual({ status: 0, said: '' });
  });

  it('gives the database a role that owns its database and nothing more', async () => {
    const psql = (url: string, query: string) =>
      spawnSync(findBin('psql'), ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', query, url], { encoding: 'utf8' });
    const role = psql(
      appDbUrl,
      `select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role.stdout.trim()).toBe('f|f|f|f|f');
    expect(psql(appDbUrl, 'create role intruder login').stderr).toMatch(/permission denied/);
    // Another role of the same cluster cannot even connect to the platform's database.
    expect(psql(cluster.url, 'create role other_app login').status).toBe(0);
    expect(
      psql(cluster.url.replace('postgres@', 'other_app@').replace(/\/postgres$/, '/zhigong'), 'select 1').stderr,
    ).toMatch(/permission denied for database "zhigong"/);
  });

  it('refuses a production start without the settings of the checklist, naming each', async () => {
    const { code, output } = await startProcess(ports[0] as number, {
      CLAMD_URL: '',
      BILL_PARTNER_KEY: '',
      PII_KEY: '',
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'NODE_ENV=production needs these settings (see docs/deploy.md): PII_KEY, CLAMD_URL, BILL_PARTNER_KEY',
    );
  });

  it('makes the first administrator from the command line, on the dedicated role', () => {
    const out = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'admin:create',
        '--',
        '--union',
        '部署测试市总工会',
        '--level',
        'city',
        '--username',
        'city-admin',
        '--name',
        '张主席',
      ],
      {
        cwd: repo,
        env: { PATH: process.env.PATH ?? '', ...parseEnv(fs.readFileSync(envFile, 'utf8')) },
        encoding: 'utf8',
      },
    );
    const password = out.match(/One-time password \(valid 72 hours, changed at the first sign-in\): (\S+)/)?.[1];
    rootUnionId = Number(out.match(/\(id (\d+)\)/)?.[1]);
    expect(password).toBeTruthy();
    expect(rootUnionId).toBeGreaterThan(0);
    fs.writeFileSync(path.join(tmp, 'first-password'), password ?? '');
  });

  it('starts two processes from the unit and serves through nginx with TLS and HTTP/2', async () => {
    for (const port of ports) {
      const started = await startProcess(port);
      expect(started.code, started.output).toBeNull();
    }
    // Plain HTTP is sent to HTTPS.
    const plain = await request(`http://127.0.0.1:${httpPort}/join`);
    expect(plain.status).toBe(301);
    expect(plain.headers.location).toMatch(/^https:\/\/127\.0\.0\.1\/join$/);
    const ready = await request(`${base}/api/ready`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body.toString())).toMatchObject({ ready: true, database: true });
    // The application's security headers come through, HSTS among them.
    expect(ready.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('serves the built assets from disk, compressed and cached for a year; the page itself is revalidated', async () => {
    const page = await request(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    const script = page.body.toString().match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? '';
    expect(script).not.toBe('');
    const asset = await request(`${base}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.body.equals(fs.readFileSync(path.join(repo, 'web/dist', `${script}.br`)))).toBe(true);
  });

  it('keeps metrics off the public address, passes uploads above nginx’s default to the server’s own limits', async () => {
    expect((await request(`${base}/metrics`)).status).toBe(404);
    expect((await request(`http://127.0.0.1:${ports[0]}/metrics`)).status).toBe(200);
    // 1.5 MB: past nginx's default 1 MB and the server's 1 MB JSON limit. The answer is the server's error in two
    // languages, not nginx's bare page.
    // The server answers before the body has all come: repeated, since a connection closed too early turns into
    // nginx's 502 only some of the time.
    for (let i = 0; i < 5; i++) {
      const big = await request(`${base}/api/auth/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zg-client': 'deploy-test' },
        body: JSON.stringify({ username: 'x', password: 'y'.repeat(1_500_000 + i * 500_000) }),
      });
      expect(big.status).toBe(413);
      expect(JSON.parse(big.body.toString()).error.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('records the client’s address from nginx’s header, and a forged header changes nothing', async () => {
    const attempt = await request(`${base}/api/auth/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zg-client': 'deploy-test', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }),
      localAddress: '127.0.0.3',
    });
    expect(attempt.status).toBe(401);
    const ips = spawnSync(
      findBin('psql'),
      [
        '-X',
        '-A',
        '-t',
        '-c',
        `select ip from audit_events where action = 'auth.login' and actor_name = 'nobody-here'`,
        appDbUrl,
      ],
      { encoding: 'utf8' },
    ).stdout.trim();
    expect(ips).toBe('127.0.0.3');
  });

  it('takes a cadre through the first sign-in: one-time password, a new password, the authenticator', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1366, height: 860 } });
    cadre = await context.newPage();
    const errors = watchErrors(cadre);
    await cadre.goto(`${base}/admin`);
    expect(
      await cadre.evaluate(
        () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
      ),
    ).toBe('h2');
    await cadre.getByLabel('用户名').fill('city-admin');
    await cadre.getByLabel('密码').fill(fs.readFileSync(path.join(tmp, 'first-password'), 'utf8'));
    await cadre.getByRole('button', { name: /登\s*录/ }).click();
    await cadre.getByText('首次登录请修改密码').waitFor();
    await cadre.getByLabel('当前密码').fill(fs.readFileSync(path.join(tmp, 'first-password'), 'utf8'));
    await cadre.getByLabel('新密码').fill('Qz7#Deploy-Drill-Lantern');
    await cadre.getByRole('button', { name: /保\s*存/ }).click();
    const secret = cadre.locator('.a-login code');
    await secret.waitFor();
    await cadre.getByLabel('请输入身份验证器中的 6 位动态码').fill(totp(await secret.innerText()));
    await cadre.getByRole('button', { name: /验\s*证/ }).click();
    await cadre.getByText('组织架构').first().waitFor();
    expect(errors).toEqual([]);

    // Through the API with the browser's session: a base union, and a benefits officer for the city.
    cadrePost = apiOf(cadre.request, await csrfOf(cadre.request));
    baseUnionId = (
      await cadrePost('/api/unions', {
        parentId: rootUnionId,
        name: '部署测试机械厂工会',
        level: 'base',
        formation: 'single',
      })
    ).id;
    const made = (await cadrePost('/api/accounts', {
      username: 'city-benefits',
      displayName: '李干事',
      role: 'benefits_officer',
      unionId: rootUnionId,
    })) as unknown as { initialPassword: string };

    // The officer's own first sign-in, by the API this time, then a voucher for the whole city.
    const officer = await browser.newContext({ ignoreHTTPSErrors: true });
    const officerPost = apiOf(
      officer.request,
      await firstSignIn(officer.request, 'city-benefits', made.initialPassword),
    );
    offerId = (
      await officerPost('/api/offers', {
        unionId: rootUnionId,
        kind: 'voucher',
        mode: 'first_come',
        title: '部署测试观影券',
        capacity: 5,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      })
    ).id;
    await officerPost(`/api/offers/${offerId}/publish`);
    await officer.close();
  });

  /** A worker signs in by text message, applies to join, is approved by the cadre, and claims the voucher. */
  async function workerJourney(phone: string, name: string, serial: number) {
    const context: BrowserContext = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    const worker = await context.newPage();
    const errors = watchErrors(worker);
    await worker.goto(`${base}/join/${baseUnionId}`);
    await worker.getByRole('textbox', { name: '手机号' }).fill(phone);
    await worker.getByText('获取验证码').click();
    await expect.poll(() => texts.some((t) => t.phone === phone), { timeout: 15_000 }).toBe(true);
    const code = texts.filter((t) => t.phone === phone).at(-1)?.params.code ?? '';
    await worker.getByRole('textbox', { name: '验证码' }).fill(code);
    await worker.getByRole('button', { name: '登录' }).click();
    await worker.getByTestId('join-via').waitFor();
    await worker.getByTestId('join-name').locator('input').fill(name);
    await worker
      .getByTestId('join-id')
      .locator('input')
      .fill(withCheckCharacter(`33080219900101${String(serial).padStart(3, '0')}`));
    await worker.getByRole('button', { name: '提交申请' }).click();
    await worker.getByTestId('join-submitted').waitFor();

    const list = (await (
      await cadre.request.get(`${base}/api/applications?status=pending&unionId=${baseUnionId}`)
    ).json()) as { items: Array<{ id: number; name: string }> };
    const application = list.items.find((a) => a.name === name);
    expect(application, JSON.stringify(list)).toBeDefined();
    await cadrePost(`/api/applications/${application?.id}/approve`);

    await worker.goto(`${base}/`);
    await worker.getByTestId('member-card').waitFor();
    // The first claim pass the page gets is one no process can read, as one signed by the other version during a
    // rolling upgrade (docs/deploy.md, "Upgrades"): the claim still succeeds, the app fetching a new pass once.
    let passes = 0;
    await worker.route('**/api/me/claim-pass', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { pass: string };
      passes += 1;
      if (passes === 1) body.pass = `${body.pass.slice(0, -4)}${body.pass.slice(-4).split('').reverse().join('')}x`;
      await route.fulfill({ response, json: body });
    });
    await worker.getByTestId('nav-benefits').click();
    await worker.getByTestId(`offer-${offerId}`).click();
    await expect.poll(() => passes).toBe(1);
    await worker.getByTestId('claim').click();
    await worker.getByText('领取成功').waitFor();
    expect(passes).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  }

  it('a worker signs in, joins and claims through nginx', async () => {
    await workerJourney('13912340001', '部署一号', 101);
  });

  it('after one process is killed, the next worker does the same, and nothing was lost', async () => {
    const victim = processes.get(ports[0] as number);
    victim?.kill('SIGKILL');
    await new Promise((r) => victim?.once('exit', r));
    processes.delete(ports[0] as number);
    for (let i = 0; i < 6; i++) expect((await request(`${base}/api/ready`)).status).toBe(200);
    await workerJourney('13912340002', '部署二号', 102);
    const claims = spawnSync(
      findBin('psql'),
      [
        '-X',
        '-A',
        '-t',
        '-c',
        `select count(*) from claims where offer_id = ${offerId} and status <> 'cancelled'`,
        appDbUrl,
      ],
      { encoding: 'utf8' },
    ).stdout.trim();
    expect(claims).toBe('2');
  });
});
