// Stations in a browser at phone width (issue 14's done-when): a member finds the nearest open station with
// charging on the map and in the list, its Amap link carries GCJ-02 coordinates (the published transform is
// re-computed here), scans the workers' home's poster, rates the visit, and books a room; the station's manager sees
// the booking and replies to the review; the station's index and the county's cockpit count the visit.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, DEMO_PASSWORD, demoMemberPhone, launch, MEMBER_SLOT, smsSignIn, watchErrors } from './browser';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A cadre's API session, for reading what the pages should show. */
async function cadre(username: string) {
  const login = await fetch(`${base}/api/auth/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zg-client': 'e2e' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(path: string): Promise<T> =>
    (await (await fetch(`${base}${path}`, { headers: { cookie } })).json()) as T;
}

// WGS-84 → GCJ-02, the published transform, written out here rather than taken from the app.
function gcj(lat: number, lng: number) {
  const a = 6378245.0;
  const ee = 0.006693421622965943;
  const x = lng - 105;
  const y = lat - 35;
  const pi = Math.PI;
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  dLat += ((20 * Math.sin(6 * x * pi) + 20 * Math.sin(2 * x * pi)) * 2) / 3;
  dLat += ((20 * Math.sin(y * pi) + 40 * Math.sin((y / 3) * pi)) * 2) / 3;
  dLat += ((160 * Math.sin((y / 12) * pi) + 320 * Math.sin((y * pi) / 30)) * 2) / 3;
  let dLng = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  dLng += ((20 * Math.sin(6 * x * pi) + 20 * Math.sin(2 * x * pi)) * 2) / 3;
  dLng += ((20 * Math.sin(x * pi) + 40 * Math.sin((x / 3) * pi)) * 2) / 3;
  dLng += ((150 * Math.sin((x / 12) * pi) + 300 * Math.sin((x / 30) * pi)) * 2) / 3;
  const rad = (lat / 180) * pi;
  const magic = 1 - ee * Math.sin(rad) ** 2;
  dLat = (dLat * 180) / (((a * (1 - ee)) / (magic * Math.sqrt(magic))) * pi);
  dLng = (dLng * 180) / ((a / Math.sqrt(magic)) * Math.cos(rad) * pi);
  return { lat: lat + dLat, lng: lng + dLng };
}

// A blank tile: the map's tile server is out of reach here, so its tiles are answered by the test.
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

interface Listed {
  id: number;
  name: string;
  lat: number;
  lng: number;
}

describe('stations in a browser', () => {
  it('find, navigate, check in, rate and book; the manager sees the booking and replies; the index and cockpit move', async () => {
    const county = await cadre('longyou');
    const keeper = await cadre('station');
    const home = (await county<{ items: Listed[] }>(`/api/stations?q=${encodeURIComponent('职工之家')}`))
      .items[0] as Listed;
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const score = () =>
      county<{ inputs: { visits: number } }>(`/api/stations/${home.id}/score?month=${month}`).then(
        (s) => s.inputs.visits,
      );
    const cockpitVisits = () =>
      county<{ figures: Array<{ key: string; value: number }> }>('/api/cockpit/overview').then(
        (o) => o.figures.find((f) => f.key === 'stations.visits')?.value,
      );
    const [visitsBefore, cockpitBefore] = [await score(), await cockpitVisits()];
    const poster = await keeper<{ path: string }>(`/api/stations/${home.id}/poster`);
    // The nearest open station with charging, as the server's own data has it, from a point in 东华街道.
    const here = { latitude: 29.027, longitude: 119.18 };
    const all = await county<{ items: Array<Listed & { km: number; open: boolean; amenities: string[] }> }>(
      `/api/public/stations/nearby?lat=${here.latitude}&lng=${here.longitude}&limit=50`,
    );
    const rad = (d: number) => (d * Math.PI) / 180;
    const km = (s: Listed) =>
      2 *
      6371 *
      Math.asin(
        Math.sqrt(
          Math.sin(rad(s.lat - here.latitude) / 2) ** 2 +
            Math.cos(rad(here.latitude)) * Math.cos(rad(s.lat)) * Math.sin(rad(s.lng - here.longitude) / 2) ** 2,
        ),
      );
    const expected = all.items
      .filter((s) => s.open && s.amenities.includes('charging'))
      .sort((a, b) => km(a) - km(b))[0] as Listed;

    const phone = await demoMemberPhone(base, MEMBER_SLOT.stations);
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      isMobile: true,
      hasTouch: true,
      geolocation: here,
      permissions: ['geolocation'],
      timezoneId: 'Asia/Shanghai',
    });
    await context.route(/autonavi\.com/, (route) => route.fulfill({ contentType: 'image/png', body: TILE }));
    const member = await context.newPage();
    const errors = watchErrors(member);
    await member.goto(`${base}/login`);
    await smsSignIn(member, phone);
    await member.getByTestId('member-card').waitFor();
    await member.goto(`${base}/services`);
    await member.getByText('附近驿站').click();
    await member.getByTestId('station-list').waitFor();
    await member.getByTestId('station-open-now').click();
    await member.getByTestId('station-amenities').getByText('充电', { exact: true }).click();
    const first = member.getByTestId('station-list').locator('.adm-list-item').first();
    await expect.poll(() => first.innerText()).toContain(expected.name);
    await expect.poll(() => member.getByTestId('station-list').innerText()).not.toContain('未开放');
    // The map drew the stations as markers (the tiles answered), above the list.
    await expect.poll(() => member.locator('.st-map path.leaflet-interactive').count()).toBeGreaterThan(1);
    expect(await member.getByTestId('station-map-failed').count()).toBe(0);

    await first.click();
    const amap = new URL((await member.getByTestId('nav-amap').getAttribute('href')) ?? '');
    const [lng, lat] = (amap.searchParams.get('to') ?? '').split(',').map(Number) as [number, number];
    const want = gcj(expected.lat, expected.lng);
    expect(Math.abs(lat - want.lat)).toBeLessThan(2e-6);
    expect(Math.abs(lng - want.lng)).toBeLessThan(2e-6);
    expect(amap.searchParams.get('coordinate')).toBe('gaode');

    // The member scans the workers' home's poster, checks in, and rates the visit.
    await member.goto(`${base}${poster.path}`);
    await member.getByTestId('station-check-in').click();
    await member.getByText('签到成功').waitFor();
    await member.getByTestId('station-review-form').locator('textarea').fill('书屋很安静，<b>推荐</b>');
    await member.getByTestId('station-review-send').click();
    await member.getByText('感谢你的评价').waitFor();

    // Tomorrow's first slot of the reading room.
    await member.goto(`${base}/stations/${home.id}`);
    await member.getByText('职工书屋').waitFor();
    await member.getByTestId('station-page').getByRole('button', { name: '预约' }).first().click();
    await member.getByTestId('room-booking').waitFor();
    // Tomorrow's tab; its slots replace today's once they arrive (today's 09:00 may be past, or bookable).
    const tomorrow = new Date(Date.now() + 32 * 3_600_000).toISOString().slice(0, 10);
    const tomorrowSlots = member.waitForResponse((r) => r.url().includes(`/slots?day=${tomorrow}`) && r.ok());
    await member.locator('.adm-capsule-tabs-tab').nth(1).click();
    await tomorrowSlots;
    const nine = member.getByTestId('slot-09:00');
    await expect.poll(() => nine.innerText()).toMatch(/剩\s*8/);
    await nine.click();
    await member.getByRole('button', { name: '确定' }).click();
    await member.getByTestId('my-bookings').waitFor();
    await expect.poll(() => member.getByTestId('my-bookings').innerText()).toMatch(/职工书屋[\s\S]*已确认/);
    expect(errors).toEqual([]);

    // The manager of the workers' home sees the booking (the member's name masked) and replies to the review.
    const desk = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const deskErrors = watchErrors(desk);
    await adminSignIn(desk, base, 'station');
    await desk.goto(`${base}/admin/stations`);
    await desk.getByTestId(`st-open-${home.id}`).click();
    await desk.getByTestId('st-detail').waitFor();
    // The manager adds a photo of the station; it becomes the cover members see.
    await desk.getByTestId('st-photo-input').setInputFiles({ name: '书屋.png', mimeType: 'image/png', buffer: TILE });
    await expect.poll(() => desk.getByTestId('st-photos').locator('img').count()).toBe(1);
    await expect.poll(() => desk.getByTestId('st-photos').innerText()).toContain('驿站照片（1/9）');
    await desk.getByRole('tab', { name: '场地预约' }).click();
    const bookings = desk.getByTestId('st-bookings');
    await expect.poll(() => bookings.innerText()).toMatch(/09:00–10:00\s+职工书屋\s+\S*\*\S*\s+已确认/);
    await desk.getByRole('tab', { name: '评价' }).click();
    const reviews = desk.getByTestId('st-reviews');
    await expect.poll(() => reviews.innerText()).toContain('书屋很安静，推荐');
    await reviews
      .getByRole('button', { name: /^回\s*复$/ })
      .first()
      .click();
    await desk.getByRole('dialog').locator('textarea').fill('谢谢您的评价，欢迎常来');
    await desk
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await expect.poll(() => reviews.innerText()).toMatch(/谢谢您的评价，欢迎常来\s+已回复/);
    // The station's own index page counts the visit.
    await desk.getByRole('tab', { name: '先锋指数' }).click();
    await expect.poll(() => desk.getByTestId('st-score').innerText()).toContain(`到站 ${visitsBefore + 1} 人次`);
    expect(deskErrors).toEqual([]);

    // The member sees the reply on the station's page; the index and the county's cockpit moved by the one visit.
    await member.goto(`${base}/stations/${home.id}`);
    await expect
      .poll(() => member.getByTestId('station-page').innerText())
      .toContain('驿站回复：谢谢您的评价，欢迎常来');
    const cover = member.getByTestId('station-photos').locator('img');
    expect(await cover.count()).toBe(1);
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await score()).toBe(visitsBefore + 1);
    expect(await cockpitVisits()).toBe((cockpitBefore ?? 0) + 1);

    // The county's big screen: every station on the map by kind, the visit in the last 30 days, the ranking.
    const panel = await county<{
      stations: unknown[];
      visitsByDay: Array<{ visits: number }>;
      ranking: Array<{ station: { name: string } }>;
    }>('/api/stations/cockpit');
    const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    const screenErrors = watchErrors(screen);
    await screen.context().route(/autonavi\.com/, (route) => route.fulfill({ contentType: 'image/png', body: TILE }));
    await adminSignIn(screen, base, 'longyou');
    await screen.goto(`${base}/cockpit`);
    const stations = screen.getByTestId('cockpit-stations');
    await stations.waitFor();
    await expect.poll(() => stations.locator('.c-map path.leaflet-interactive').count()).toBe(panel.stations.length);
    expect(await stations.getByTestId('cockpit-stations-kinds').innerText()).toContain('职工之家');
    const visits30 = panel.visitsByDay.reduce((n, d) => n + d.visits, 0);
    expect(visits30).toBeGreaterThanOrEqual(1);
    expect(await stations.getByTestId('stc.visits30').innerText()).toContain(String(visits30));
    expect(await stations.getByTestId('cockpit-stations-ranking').locator('tr').first().innerText()).toContain(
      panel.ranking[0]?.station.name ?? '—',
    );
    expect(screenErrors).toEqual([]);
  });
});
