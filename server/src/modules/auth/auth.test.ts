import { describe, expect, it } from 'vitest';
import {
  Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  buildTree,
  createTestApp,
  dbKinds,
  memberAgent,
  PASSWORD,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { loadConfig } from '../../config.js';
import { DevSmsSender, HttpSmsSender } from '../../platform/auth/sms.js';
import { currentStep, totpAt } from '../../platform/auth/totp.js';
import { sql } from '../../platform/sql.js';

describe.each(dbKinds)('admin sign-in on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('locks an account after 5 wrong passwords: the 6th attempt answers 429 even with the right one', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const agent = new Agent(t);
    for (let i = 0; i < 5; i++) {
      const res = await agent.post('/api/auth/admin/login', { username: acc.username, password: `wrong${i}` });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const sixth = await agent.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('AUTH_ACCOUNT_LOCKED');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    // Time-based: once the window passes the account works again.
    await t.db.query(
      sql`update rate_limits set window_start = now() - interval '16 minutes' where key = ${`login-fail:${t.services.pii.hash('username', acc.username)}`}`,
    );
    expect(
      (await agent.post('/api/auth/admin/login', { username: acc.username, password: acc.password })).statusCode,
    ).toBe(200);
    const failures = (await auditRows(t, 'auth.login')).filter((r) => r.outcome === 'failure');
    expect(failures.length).toBeGreaterThanOrEqual(6);
  });

  it('throttles one address across usernames: the 30th attempt of 15 minutes is checked, the 31st refused', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const office = new Agent(t);
    // Thirty different (unknown) usernames from one address: each is checked and refused as a wrong password.
    for (let i = 0; i < 29; i++) {
      const res = await office.post('/api/auth/admin/login', { username: `nobody-${i}`, password: 'x' });
      expect(res.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    }
    const thirtieth = await office.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(thirtieth.statusCode).toBe(200);
    const next = await office.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(next.statusCode).toBe(429);
    expect(next.json().error.code).toBe('RATE_LIMITED');
    // Another address is not held back by the first one's count.
    expect(
      (await new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: acc.password })).statusCode,
    ).toBe(200);
    expect(loadConfig({ LOGIN_LIMIT_PER_IP: '200' }).loginLimitPerIp).toBe(200);
    expect(loadConfig({ LOGIN_LIMIT_PER_IP: 'lots' }).loginLimitPerIp).toBe(30);
  });

  it('checks at most 5 passwords of 50 guesses sent at once (the attempt is counted before the check)', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    // 50 clients (50 addresses, so the per-address throttle stays out of the way) guess at the same time.
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: `guess-${i}` }),
      ),
    );
    const codes = answers.map((r) => r.json().error.code);
    expect(codes.filter((c) => c === 'AUTH_INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'AUTH_ACCOUNT_LOCKED')).toHaveLength(45);
    // The right password now waits for the window too.
    const right = await new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(right.json().error.code).toBe('AUTH_ACCOUNT_LOCKED');
  });

  it('rejects a truncated or case-changed password and an unknown user alike', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const agent = new Agent(t);
    for (const password of [acc.password.slice(0, -1), acc.password.toUpperCase()]) {
      expect((await agent.post('/api/auth/admin/login', { username: acc.username, password })).json().error.code).toBe(
        'AUTH_INVALID_CREDENTIALS',
      );
    }
    expect((await agent.post('/api/auth/admin/login', { username: 'nobody', password: 'x' })).json().error.code).toBe(
      'AUTH_INVALID_CREDENTIALS',
    );
  });

  it('issues a new session on sign-in and really ends it at logout', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const agent = await adminAgent(t, acc);
    const first = agent.cookie;
    await agent.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(agent.cookie).not.toBe(first);
    const stale = new Agent(t);
    stale.cookie = first;
    expect((await stale.get('/api/unions')).statusCode).toBe(401);
    const cookie = agent.cookie;
    const out = await agent.post('/api/auth/logout');
    expect(out.headers['clear-site-data']).toContain('cookies');
    const replay = new Agent(t);
    replay.cookie = cookie;
    expect((await replay.get('/api/unions')).statusCode).toBe(401);
  });

  it('sets the session cookie HttpOnly, Secure, SameSite=Lax with the __Host- prefix', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const res = await new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-zg_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('refuses state changes without the CSRF token, and cross-origin ones', async () => {
    const agent = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const body = { parentId: tree.c1.id, name: '无令牌', level: 'base', formation: 'single' };
    const noToken = await agent.request('POST', '/api/unions', body, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_FAILED');
    const crossSite = await agent.request('POST', '/api/unions', body, { origin: 'https://evil.example' });
    expect(crossSite.json().error.code).toBe('CSRF_FAILED');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/auth/admin/login',
      payload: { username: 'a', password: 'b' },
    });
    expect(anonymous.json().error.code).toBe('CSRF_FAILED');
    expect((await agent.post('/api/unions', body)).statusCode).toBe(200);
  });

  it('answers 413 with a stable code for a 10 MB body', async () => {
    const agent = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const res = await agent.post('/api/unions', {
      parentId: tree.c1.id,
      name: 'x'.repeat(10 * 1024 * 1024),
      level: 'base',
      formation: 'single',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('forces a seeded or reset account to change its password, with the policy enforced', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1, mustChange: true });
    const agent = new Agent(t);
    const login = await agent.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(login.json().stage).toBe('password_change');
    expect((await agent.get('/api/unions')).statusCode).toBe(403);
    const weak = await agent.post('/api/auth/admin/password', {
      currentPassword: acc.password,
      newPassword: 'Password123',
    });
    expect(weak.json().error.code).toBe('PASSWORD_TOO_COMMON');
    const noCurrent = await agent.post('/api/auth/admin/password', {
      currentPassword: 'nope',
      newPassword: 'Fresh#Start42',
    });
    expect(noCurrent.json().error.code).toBe('AUTH_WRONG_CURRENT_PASSWORD');
    const ok = await agent.post('/api/auth/admin/password', {
      currentPassword: acc.password,
      newPassword: 'Fresh#Start42',
    });
    expect(ok.json().stage).toBe('full');
    expect((await agent.get('/api/unions')).statusCode).toBe(200);
  });

  it('requires TOTP when enabled and enrols it when policy demands (MLPS two factors)', async () => {
    const strict = await createTestApp(kind, { requireAdminMfa: true });
    try {
      const tr = await buildTree(strict);
      const acc = await buildAccount(strict, { role: 'union_admin', union: tr.c1 });
      const agent = new Agent(strict);
      const login = await agent.post('/api/auth/admin/login', { username: acc.username, password: acc.password });
      expect(login.json().stage).toBe('mfa_enrol');
      expect((await agent.get('/api/unions')).statusCode).toBe(403);
      const setup = (await agent.post('/api/auth/totp/setup')).json();
      expect(setup.otpauthUri).toContain('otpauth://totp/');
      expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      expect((await agent.post('/api/auth/totp/enable', { code: '000000' })).statusCode).toBe(401);
      const enabled = await agent.post('/api/auth/totp/enable', { code: totpAt(setup.secret, currentStep()) });
      expect(enabled.json().stage).toBe('full');
      // Next sign-in: password alone is not enough.
      const again = new Agent(strict);
      expect(
        (await again.post('/api/auth/admin/login', { username: acc.username, password: acc.password })).json().stage,
      ).toBe('mfa');
      expect((await again.get('/api/unions')).statusCode).toBe(403);
      expect((await again.post('/api/auth/admin/totp', { code: '123456' })).json().error.code).toBe(
        'AUTH_TOTP_INVALID',
      );
      const code = totpAt(setup.secret, currentStep() + 1);
      expect((await again.post('/api/auth/admin/totp', { code })).json().stage).toBe('full');
      expect((await again.get('/api/unions')).statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('forces a change of a password older than 90 days', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    await t.db.query(sql`update accounts set password_changed_at = now() - interval '91 days' where id = ${acc.id}`);
    const res = await new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: acc.password });
    expect(res.json().stage).toBe('password_change');
  });

  it('lists my sessions and ends the others (AS-17)', async () => {
    const acc = await buildAccount(t, { role: 'union_admin', union: tree.c1 });
    const laptop = await adminAgent(t, acc);
    const phone = await adminAgent(t, acc);
    const list = (await laptop.get('/api/auth/sessions')).json().items;
    expect(list).toHaveLength(2);
    expect(list.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(laptop.cookie?.split('=')[1] ?? 'x');
    expect((await laptop.post('/api/auth/sessions/others/end')).json()).toEqual({ ended: 1 });
    expect((await phone.get('/api/unions')).statusCode).toBe(401);
    expect((await laptop.get('/api/unions')).statusCode).toBe(200);
    expect((await laptop.post('/api/auth/sessions/not-a-handle/end')).statusCode).toBe(400);
  });

  it('ends every session of a disabled account at once', async () => {
    const acc = await buildAccount(t, { role: 'membership_officer', union: tree.u1 });
    const victim = await adminAgent(t, acc);
    const boss = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    expect((await boss.post(`/api/accounts/${acc.id}/disable`)).json().disabled).toBe(true);
    expect((await victim.get('/api/unions')).statusCode).toBe(401);
    expect(
      (await new Agent(t).post('/api/auth/admin/login', { username: acc.username, password: PASSWORD })).json().error
        .code,
    ).toBe('AUTH_ACCOUNT_DISABLED');
  });
});

describe.each(dbKinds)('member SMS sign-in on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  it('signs a member in with a 6-digit code and shows their masked record', async () => {
    const m = await buildMember(t, tree.u1, { name: '雷鸣' });
    const agent = await memberAgent(t, m.phone);
    const me = (await agent.get('/api/me')).json();
    expect(me.member).toMatchObject({ id: m.id, name: '雷鸣', union: { id: tree.u1.id } });
    expect(me.member.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(t.sms.lastCode(m.phone)).toMatch(/^\d{6}$/);
    // A member is not an admin.
    expect((await agent.get('/api/unions')).statusCode).toBe(403);
  });

  it('lets a phone without a membership sign in (to join) with no member record', async () => {
    const agent = await memberAgent(t, '13900001111');
    expect((await agent.get('/api/me')).json()).toEqual({ phone: '139****1111', member: null });
  });

  it('rejects a reused code', async () => {
    const phone = '13900002222';
    const agent = await memberAgent(t, phone);
    const code = t.sms.lastCode(phone);
    const again = await new Agent(t).post('/api/auth/member/login', { phone, code });
    expect(again.json().error.code).toBe('SMS_CODE_INVALID');
    expect(agent.cookie).toBeTruthy();
  });

  it('rejects an expired code', async () => {
    const phone = '13900003333';
    const agent = new Agent(t);
    await agent.post('/api/auth/sms/request', { phone });
    await t.db.query(sql`update otp_codes set expires_at = now() - interval '1 second'`);
    const res = await agent.post('/api/auth/member/login', { phone, code: t.sms.lastCode(phone) });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SMS_CODE_INVALID');
  });

  it('kills the code after 5 wrong tries', async () => {
    const phone = '13900004444';
    const agent = new Agent(t);
    await agent.post('/api/auth/sms/request', { phone });
    const code = t.sms.lastCode(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      expect((await agent.post('/api/auth/member/login', { phone, code: wrong })).statusCode).toBe(401);
    expect((await agent.post('/api/auth/member/login', { phone, code })).json().error.code).toBe('SMS_CODE_INVALID');
  });

  it('limits sending to one code a minute per phone, and validates the phone', async () => {
    const agent = new Agent(t);
    expect((await agent.post('/api/auth/sms/request', { phone: '+86 139-0000-5555' })).statusCode).toBe(200);
    const second = await agent.post('/api/auth/sms/request', { phone: '13900005555' });
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBeDefined();
    // The refusal says how long to wait, in both languages, the same seconds as the header.
    const wait = Number(second.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(second.json().error.messages).toEqual({
      'zh-CN': `操作过于频繁，请${wait} 秒后再试`,
      en: `Too many attempts; try again in ${wait} s`,
    });
    expect((await agent.post('/api/auth/sms/request', { phone: '12345678901' })).json().error).toMatchObject({
      code: 'PHONE_INVALID',
      field: 'phone',
    });
  });
});

describe('SMS senders', () => {
  it('the HTTP adapter posts JSON with a bearer token and fails on a gateway error', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const ok = new HttpSmsSender('https://sms.example/send', 'tok', (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response('{}', { status: 200 });
    }) as typeof fetch);
    await ok.send({ phone: '13812345678', phoneHash: 'h', template: 'login_code', params: { code: '123456' } });
    expect(calls[0]?.url).toBe('https://sms.example/send');
    expect((calls[0]?.init.headers as Record<string, string> | undefined)?.authorization).toBe('Bearer tok');
    expect(JSON.parse(String(calls[0]?.init.body))).toMatchObject({ phone: '13812345678', params: { code: '123456' } });
    const failing = new HttpSmsSender(
      'https://sms.example/send',
      undefined,
      (async () => new Response('', { status: 500 })) as unknown as typeof fetch,
    );
    await expect(
      failing.send({ phone: '13812345678', phoneHash: 'h', template: 'login_code', params: { code: '1' } }),
    ).rejects.toThrow();
  });

  it('the development sender writes the dev inbox with a masked phone', async () => {
    const t = await createTestApp('pglite', { demo: true });
    try {
      const lines: string[] = [];
      await new DevSmsSender(t.db, (l) => lines.push(l)).send({
        phone: '13812345678',
        phoneHash: 'h',
        template: 'login_code',
        params: { code: '654321' },
      });
      const inbox = (await t.app.inject({ method: 'GET', url: '/api/dev/sms-inbox' })).json();
      expect(inbox.items[0]).toMatchObject({ phone: '138****5678', body: expect.stringContaining('654321') });
      expect(lines[0]).toContain('138****5678');
    } finally {
      await t.close();
    }
  });
});

// A cadre's own phone for text reminders (auth.account-phone.ts): proved by a code sent to it, stored encrypted,
// shown masked, audited; a wrong code or a code sent for another purpose changes nothing.
describe.each(dbKinds)('a cadre’s phone for reminders on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  const sessionPhone = async (agent: Agent) => (await agent.get('/api/auth/session')).json().account.phone;

  it('is set with the code sent to it, masked everywhere, and removed', async () => {
    const acc = await buildAccount(t, { role: 'membership_officer', union: tree.u1 });
    const cadre = await adminAgent(t, acc);
    expect(await sessionPhone(cadre)).toBeNull();

    // Full-width digits from an IME are the same phone.
    expect((await cadre.post('/api/auth/phone/code', { phone: '１３９２２２２０００１' })).statusCode).toBe(200);
    const code = t.sms.lastCode('13922220001');
    expect(t.sms.sent.at(-1)?.template).toBe('account_phone_code');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = await cadre.put('/api/auth/phone', { phone: '13922220001', code: wrong });
    expect(refused.json().error.code).toBe('SMS_CODE_INVALID');
    expect(await sessionPhone(cadre)).toBeNull();
    // A code sent to another phone does not prove this one.
    expect((await cadre.put('/api/auth/phone', { phone: '13922220009', code })).json().error.code).toBe(
      'SMS_CODE_INVALID',
    );

    expect((await cadre.put('/api/auth/phone', { phone: '13922220001', code })).json()).toEqual({
      phone: '139****0001',
    });
    expect(await sessionPhone(cadre)).toBe('139****0001');
    const [row] = await t.db.query<{ phone_cipher: string; phone_hash: string }>(
      sql`select phone_cipher, phone_hash from accounts where id = ${acc.id}`,
    );
    expect(row?.phone_cipher).not.toContain('13922220001');
    expect(t.services.pii.decrypt(row?.phone_cipher ?? '')).toBe('13922220001');
    expect(row?.phone_hash).toBe(t.services.pii.hash('phone', '13922220001'));
    // Single use: the same code again is refused.
    expect((await cadre.put('/api/auth/phone', { phone: '13922220001', code })).json().error.code).toBe(
      'SMS_CODE_INVALID',
    );

    expect((await cadre.delete('/api/auth/phone')).json()).toEqual({ phone: null });
    expect(await sessionPhone(cadre)).toBeNull();
    for (const action of ['auth.phone_set', 'auth.phone_clear'])
      expect((await auditRows(t, action)).map((a) => [a.actor_id, a.target_id])).toEqual([[acc.id, String(acc.id)]]);
  });

  it('does not take a member’s sign-in code, nor serve members', async () => {
    const acc = await buildAccount(t, { role: 'editor', union: tree.u1 });
    const cadre = await adminAgent(t, acc);
    const m = await buildMember(t, tree.u1);
    await new Agent(t).post('/api/auth/sms/request', { phone: m.phone });
    const loginCode = t.sms.lastCode(m.phone);
    expect((await cadre.put('/api/auth/phone', { phone: m.phone, code: loginCode })).json().error.code).toBe(
      'SMS_CODE_INVALID',
    );
    const member = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    expect((await member.post('/api/auth/phone/code', { phone: '13922220002' })).statusCode).toBe(403);
  });
});
