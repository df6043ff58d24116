// A typed place ("龙游县人民医院", "东华街道") turned into a position, for members who refuse to share theirs. An
// outside service: Amap's Web Service geocoding API (restapi.amap.com/v3/geocode/geo) when AMAP_WEB_KEY is set.
// Without a key the finder matches station names and addresses only (stations.finder.ts). Amap answers in GCJ-02,
// which the place says: the caller converts it to the WGS-84 it stores and searches.
import type { Config } from '../config.js';

export interface Place {
  lat: number;
  lng: number;
  datum: 'gcj02' | 'wgs84';
  /** How the service names what it found ("浙江省衢州市龙游县人民医院"). */
  label: string;
}

export interface Geocoder {
  readonly name: string;
  /** The place, or null when the service knows none by that name; throws when the service cannot be reached. */
  geocode(text: string): Promise<Place | null>;
}

const TIMEOUT_MS = 3000;

export class AmapGeocoder implements Geocoder {
  readonly name = 'amap';
  constructor(
    private readonly opts: {
      key: string;
      /** Narrows the search to a city or county (name or adcode), as Amap's `city` parameter does. */
      city?: string;
      url?: string;
    },
  ) {}

  async geocode(text: string): Promise<Place | null> {
    const url = new URL(this.opts.url ?? 'https://restapi.amap.com/v3/geocode/geo');
    url.searchParams.set('key', this.opts.key);
    url.searchParams.set('address', text);
    if (this.opts.city) url.searchParams.set('city', this.opts.city);
    url.searchParams.set('output', 'JSON');
    const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!res.ok) throw new Error(`amap geocoder answered ${res.status}`);
    const body = (await res.json()) as {
      status?: string;
      info?: string;
      geocodes?: Array<{ location?: string; formatted_address?: string }>;
    };
    // status "0" is a refusal of the request (a bad key, a quota), not "no such place".
    if (body.status !== '1') throw new Error(`amap geocoder refused: ${body.info ?? 'unknown'}`);
    const first = body.geocodes?.[0];
    const [lng, lat] = (first?.location ?? '').split(',').map(Number);
    if (lng === undefined || lat === undefined || !Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    return { lat, lng, datum: 'gcj02', label: first?.formatted_address || text };
  }
}

export function createGeocoder(config: Config): Geocoder | undefined {
  const { key, city, url } = config.geocoder;
  return key ? new AmapGeocoder({ key, city, url }) : undefined;
}
