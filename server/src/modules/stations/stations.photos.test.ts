// Station photos through the real app: JPEG or PNG by their bytes up to exactly 5 MB, at most nine, a cover chosen,
// removal; members see the same photos in the same order; another county's admin and another station's manager
// cannot touch them.
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, adminAgent, buildAccount, dbKinds } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG-signed body of `size` bytes, its bytes after the signature set to `fill` (so each is told apart). */
const png = (size: number, fill: number) => Buffer.concat([Buffer.from(PNG_HEAD), Buffer.alloc(size - 8, fill)]);
const jpeg = (fill: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, fill)]);
const FIVE_MB = 5 * 1024 * 1024;

interface Photo {
  name: string;
  url: string;
}

describe.each(dbKinds)('station photos on %s', (kind) => {
  const { t, tree } = useWorld(kind);
  let county: Agent;
  let sibling: Agent;
  let station: number;
  let other: number;

  const add = async (u1: number, name: string) => {
    const [s] = await t.db.query<{ id: number }>(sql`insert into stations (union_id, union_path, kind, name, address,
        lat, lng, hours) values (${u1}, ${tree.u1.path}, 'rest', ${name}, '龙游县照片路1号', 29.03, 119.17,
        ${JSON.stringify({ allDay: true, weekly: [], holidays: 'open' })}::jsonb) returning id`);
    return Number(s?.id);
  };
  const photos = async () => (await county.get(`/api/stations/${station}`)).json().photos as Photo[];
  const upload = (who: Agent, body: Buffer | string, id = station) =>
    who.post(`/api/stations/${id}/photos`, { raw: body });

  beforeAll(async () => {
    county = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    sibling = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    station = await add(tree.u1.id, '照片驿站');
    other = await add(tree.u1.id, '另一个驿站');
  });

  it('takes JPEG and PNG by their bytes up to exactly 5 MB, and serves each to anyone with its address', async () => {
    const first = await upload(county, jpeg(1));
    expect(first.statusCode, first.body).toBe(200);
    const [photo] = first.json().photos as Photo[];
    expect(photo?.url).toBe(`/media/stations/${photo?.name}`);
    expect(photo?.name).toMatch(/^[A-Za-z0-9_-]{24}\.jpg$/);
    const served = await new Agent(t).get(photo?.url ?? '');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.equals(jpeg(1))).toBe(true);

    const exact = await upload(county, png(FIVE_MB, 2));
    expect(exact.statusCode, exact.body).toBe(200);
    expect((await photos()).length).toBe(2);
    const big = await upload(county, png(FIVE_MB + 1, 3));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    // Not a picture by its bytes, whatever it claims: a GIF, an SVG with a script, a Windows program, nothing.
    for (const [body, code] of [
      ['GIF89a....', 'STATION_PHOTO_TYPE'],
      ['<svg onload="alert(1)"/>', 'STATION_PHOTO_TYPE'],
      ['MZ\x90\x00 program', 'STATION_PHOTO_TYPE'],
      ['', 'FILE_EMPTY'],
    ] as const) {
      const res = await upload(county, body);
      expect(res.json().error.code, body).toBe(code);
    }
    expect((await photos()).length).toBe(2);
  });

  it('holds nine photos and refuses the tenth; the cover goes first; removal takes one out; members see the same', async () => {
    const id = await add(tree.u1.id, '九图驿站');
    const names: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await upload(county, png(100, 10 + i), id);
      expect(res.statusCode, res.body).toBe(200);
      names.push((res.json().photos as Photo[]).at(-1)?.name ?? '');
    }
    const tenth = await upload(county, png(100, 99), id);
    expect(tenth.statusCode).toBe(409);
    expect(tenth.json().error.code).toBe('STATION_PHOTOS_FULL');
    const list = async () => ((await county.get(`/api/stations/${id}`)).json().photos as Photo[]).map((p) => p.name);
    expect(await list()).toEqual(names);

    const covered = await county.post(`/api/stations/${id}/photos/${names[4]}/cover`);
    expect(covered.statusCode, covered.body).toBe(200);
    const coverFirst = [names[4], ...names.filter((_, i) => i !== 4)];
    expect((covered.json().photos as Photo[]).map((p) => p.name)).toEqual(coverFirst);
    const removed = await county.delete(`/api/stations/${id}/photos/${names[0]}`);
    expect((removed.json().photos as Photo[]).map((p) => p.name)).toEqual(coverFirst.filter((n) => n !== names[0]));
    // A place is free again.
    expect((await upload(county, png(100, 98), id)).statusCode).toBe(200);
    const shown = (await new Agent(t).get(`/api/public/stations/${id}`)).json().photos as Photo[];
    expect(shown.map((p) => p.name)).toEqual(await list());
    // A name that is not one of this station's photos.
    expect((await county.delete(`/api/stations/${id}/photos/${names[0]}`)).statusCode).toBe(404);
    expect((await county.post(`/api/stations/${other}/photos/${names[1]}/cover`)).statusCode).toBe(404);
    expect((await new Agent(t).get('/media/stations/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
    const [audited] = await t.db.query<{ n: number }>(sql`select count(*)::int as n from audit_events
      where action like 'station.photo.%' and target_id = ${String(id)}`);
    expect(audited?.n).toBe(12);
  });

  it('lets neither another county’s admin nor another station’s manager add or remove photos', async () => {
    const keeper = await buildAccount(t, { role: 'station_manager', union: tree.u1 });
    await t.db.query(sql`insert into station_managers (station_id, account_id) values (${other}, ${keeper.id})`);
    const manager = await adminAgent(t, keeper);
    const before = await photos();
    expect((await upload(sibling, jpeg(5))).statusCode).toBe(404);
    expect((await upload(manager, jpeg(6))).statusCode).toBe(404);
    const name = before[0]?.name ?? '';
    expect((await sibling.delete(`/api/stations/${station}/photos/${name}`)).statusCode).toBe(404);
    expect((await manager.post(`/api/stations/${station}/photos/${name}/cover`)).statusCode).toBe(404);
    expect(await photos()).toEqual(before);
    // Their own station's photos they do run.
    expect((await upload(manager, jpeg(7), other)).statusCode).toBe(200);
  });
});
