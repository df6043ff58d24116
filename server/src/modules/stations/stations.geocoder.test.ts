// A typed place no station's name or address holds goes to Amap's geocoding API (a stand-in server here, answering
// as the API does): the request carries the key, the place and the configured county; the GCJ-02 answer becomes a
// WGS-84 origin (the published transform re-computed in test/datum.ts); a place abroad or unknown is refused as
// unknown, a failing service as unavailable; a station's own name never reaches the service.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wgsToGcj } from '../../../test/datum.js';
import { type Agent, adminAgent, buildAccount, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';

const HOSPITAL = { lat: 29.0252, lng: 119.1838 };
const port = 5600 + Math.floor(Math.random() * 300);
const asked: URLSearchParams[] = [];
const amap = http.createServer((req, res) => {
  const q = new URL(req.url ?? '/', 'http://x').searchParams;
  asked.push(q);
  const address = q.get('address');
  const answer = (body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (q.get('key') !== 'test-key') return answer({ status: '0', info: 'INVALID_USER_KEY', infocode: '10001' });
  if (address === '服务故障') return answer({}, 500);
  if (address === '龙游县人民医院') {
    const gcj = wgsToGcj(HOSPITAL.lat, HOSPITAL.lng);
    return answer({
      status: '1',
      info: 'OK',
      count: '1',
      geocodes: [
        { formatted_address: '浙江省衢州市龙游县人民医院', location: `${gcj.lng.toFixed(6)},${gcj.lat.toFixed(6)}` },
      ],
    });
  }
  if (address === '埃菲尔铁塔') {
    return answer({ status: '1', info: 'OK', count: '1', geocodes: [{ location: '2.294481,48.858370' }] });
  }
  return answer({ status: '1', info: 'OK', count: '0', geocodes: [] });
});
beforeAll(() => new Promise<void>((resolve) => amap.listen(port, '127.0.0.1', resolve)));
afterAll(() => new Promise<void>((resolve) => amap.close(() => resolve())));

describe.each(dbKinds)('typed places through the geocoder on %s', (kind) => {
  const { t, tree } = useWorld(kind, {
    config: { geocoder: { key: 'test-key', city: '龙游县', url: `http://127.0.0.1:${port}/v3/geocode/geo` } },
  });
  let county: Agent;
  const near = (place: string) => county.get(`/api/public/stations/nearby?place=${encodeURIComponent(place)}&limit=5`);

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const res = await county.post('/api/stations', {
      unionId: tree.u1.id,
      kind: 'rest',
      name: '地名测试驿站',
      address: '龙游县荣昌路1号',
      lat: 29.0311,
      lng: 119.1695,
      hours: { allDay: true, weekly: [], holidays: 'open' },
    });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('searches around a place the service knows, in WGS-84, asking for it in the configured county', async () => {
    const before = asked.length;
    const res = await near('龙游县人民医院');
    expect(res.statusCode, res.body).toBe(200);
    const { origin, items } = res.json();
    expect(origin.from).toBe('place');
    expect(Math.abs(origin.lat - HOSPITAL.lat)).toBeLessThan(2e-5);
    expect(Math.abs(origin.lng - HOSPITAL.lng)).toBeLessThan(2e-5);
    expect(items.map((s: { name: string }) => s.name)).toContain('地名测试驿站');
    const q = asked[before];
    expect([q?.get('key'), q?.get('address'), q?.get('city')]).toEqual(['test-key', '龙游县人民医院', '龙游县']);
  });

  it('never sends a station’s own name or street to the service', async () => {
    const before = asked.length;
    expect((await near('地名测试驿站')).statusCode).toBe(200);
    expect((await near('荣昌路')).statusCode).toBe(200);
    expect(asked.length).toBe(before);
  });

  it('refuses a place the service does not know, or one outside China, as unknown; a failing service as unavailable', async () => {
    for (const place of ['没有这个地方', '埃菲尔铁塔']) {
      const res = await near(place);
      expect(res.statusCode, place).toBe(404);
      expect(res.json().error.code).toBe('STATION_PLACE_UNKNOWN');
    }
    const down = await near('服务故障');
    expect(down.statusCode).toBe(503);
    expect(down.json().error.code).toBe('STATION_PLACE_SERVICE_DOWN');
  });
});
