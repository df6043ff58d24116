// Where a station is, in which datum. Stations are stored in WGS-84, the datum of a phone's GPS. Chinese map apps
// use their own: GCJ-02 (Amap, Tencent) and BD-09 (Baidu), so a position typed from one of those maps is converted
// on the way in, and navigation links carry each app's own datum on the way out. gcoord does the conversions (the
// published transforms, used by most Chinese web maps).
import * as gcoordModule from 'gcoord';
import { AppError } from '../../platform/errors.js';

export const datums = ['wgs84', 'gcj02', 'bd09'] as const;
export type Datum = (typeof datums)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

// gcoord ships CommonJS typed as an ES default export, which Node's ESM loader and TypeScript read differently;
// the part used here is typed by hand.
interface Gcoord {
  WGS84: string;
  GCJ02: string;
  BD09: string;
  transform(input: [number, number], from: string, to: string): [number, number];
}
const gcoord = ((gcoordModule as { default?: unknown }).default ?? gcoordModule) as Gcoord;

const CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

// Mainland China with Hainan and the South China Sea islands, as a box: enough to catch a position typed in
// the wrong hemisphere or with the two numbers swapped. A station is a place in China.
const CHINA = { minLat: 3.8, maxLat: 53.6, minLng: 73.4, maxLng: 135.1 };
const inChina = ({ lat, lng }: LatLng) =>
  lat >= CHINA.minLat && lat <= CHINA.maxLat && lng >= CHINA.minLng && lng <= CHINA.maxLng;

/** Refuses a position outside China, saying so plainly when the two numbers were only swapped. */
export function checkInChina(p: LatLng, field = 'lat'): void {
  if (inChina(p)) return;
  if (inChina({ lat: p.lng, lng: p.lat })) throw new AppError('STATION_COORDS_SWAPPED', { field });
  throw new AppError('STATION_COORDS_OUTSIDE_CHINA', { field });
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

export function convert(p: LatLng, from: Datum, to: Datum): LatLng {
  if (from === to) return { lat: round6(p.lat), lng: round6(p.lng) };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], CRS[from], CRS[to]);
  return { lat: round6(lat), lng: round6(lng) };
}

/** A position as typed in `datum`, checked and stored as WGS-84. */
export function toStored(p: LatLng, datum: Datum): LatLng {
  checkInChina(p);
  return convert(p, datum, 'wgs84');
}

const EARTH_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * One-tap navigation: each app's URI with its own datum. `web` opens in any browser and hands over to the app
 * where it is installed (Amap's `callnative=1`); `app` is the app's scheme, for a WebView that can open it.
 */
export function navigationLinks(p: LatLng, name: string, address: string) {
  const gcj = convert(p, 'wgs84', 'gcj02');
  const bd = convert(p, 'wgs84', 'bd09');
  const n = encodeURIComponent(name);
  const a = encodeURIComponent(address);
  return {
    amap: {
      web: `https://uri.amap.com/navigation?to=${gcj.lng},${gcj.lat},${n}&mode=car&coordinate=gaode&callnative=1&src=zhigong`,
      app: `amapuri://route/plan/?dlat=${gcj.lat}&dlon=${gcj.lng}&dname=${n}&dev=0&t=0&sourceApplication=zhigong`,
    },
    baidu: {
      web: `https://api.map.baidu.com/marker?location=${bd.lat},${bd.lng}&title=${n}&content=${a}&output=html&coord_type=bd09ll&src=zhigong`,
      app: `baidumap://map/direction?destination=latlng:${bd.lat},${bd.lng}|name:${n}&coord_type=bd09ll&mode=driving&src=zhigong`,
    },
    tencent: {
      web: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${gcj.lat},${gcj.lng};title:${n};addr:${a}&referer=zhigong`,
      app: `qqmap://map/routeplan?type=drive&to=${n}&tocoord=${gcj.lat},${gcj.lng}&referer=zhigong`,
    },
  };
}
