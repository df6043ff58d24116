// The member's offers list from memory: every process keeps the published offers (open, opening, or closed in the last
// 30 days) indexed by their union's path, and answers "what is open to me" by walking the member's path up to the
// root. In the minutes before a rush every member loads this list, and one shared read a second serves them all.
//
// How fresh it is:
// - a write request in this process empties it before its reply leaves (platform/process-caches.ts), so a cadre who
//   publishes, edits or cancels an offer, and a member who cancels a claim, read their change back at once;
// - anything else (another process, a job that expires holds) shows within REFRESH_MS, when the next request reloads;
// - places taken come from the claim engine's view when it is newer than the list (the engine moves them as claims
//   commit in this process), so a rush's stock is not a second behind here.
import type { Services } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { registerProcessCache } from '../../platform/process-caches.js';
import { sql } from '../../platform/sql.js';
import { engineFor } from './offers.engine.js';
import { selectOffer } from './offers.lookup.js';
import type { OfferRow } from './offers.tables.js';

const REFRESH_MS = 1000;
const RECENT_MS = 30 * 86_400_000;
const LIST_LIMIT = 200;

/** A catalog row: the offer, and whether anyone held a claim on it when the catalog read it. */
export type CatalogRow = OfferRow & { has_claims: boolean };

interface Loaded {
  at: number;
  byPath: Map<string, CatalogRow[]>;
}

export class OfferCatalog {
  private loaded: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;
  /** Moves on every clear: a load that started before a clear is not kept after it. */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly stock: (offerId: number) => { taken: number; at: number } | null,
  ) {}

  clear(): void {
    this.generation += 1;
    this.loaded = null;
    this.loading = null;
  }

  private async current(now: number): Promise<Loaded> {
    if (this.loaded && now - this.loaded.at < REFRESH_MS) return this.loaded;
    if (!this.loading) {
      const generation = this.generation;
      const loading = this.load().then((loaded) => {
        if (generation === this.generation) this.loaded = loaded;
        return loaded;
      });
      this.loading = loading;
      loading
        .finally(() => {
          if (this.loading === loading) this.loading = null;
        })
        .catch(() => undefined);
    }
    return this.loading;
  }

  private async load(): Promise<Loaded> {
    const at = Date.now();
    const rows = await this.db.query<CatalogRow>(sql`select x.*,
        exists (select 1 from claims c where c.offer_id = x.id) as has_claims
      from (${selectOffer} where o.status = 'published' and o.closes_at > now() - interval '30 days') x`);
    const byPath = new Map<string, CatalogRow[]>();
    for (const row of rows) {
      const list = byPath.get(row.union_path) ?? [];
      list.push(row);
      byPath.set(row.union_path, list);
    }
    return { at, byPath };
  }

  /** The row with places taken as the newer of the list's read and the engine's view. */
  private withStock(row: CatalogRow, loadedAt: number): CatalogRow {
    const live = this.stock(row.id);
    return live && live.at >= loadedAt && live.taken !== row.taken ? { ...row, taken: live.taken } : row;
  }

  /** Offers of the member's union and its ancestors, as `order by` of the database would list them. */
  async visibleTo(unionPath: string, kind?: string): Promise<CatalogRow[]> {
    const now = Date.now();
    const { at, byPath } = await this.current(now);
    const found: CatalogRow[] = [];
    for (const path of ancestorPaths(unionPath)) {
      for (const row of byPath.get(path) ?? []) {
        if (kind && row.kind !== kind) continue;
        if (row.closes_at.getTime() <= now - RECENT_MS) continue;
        found.push(this.withStock(row, at));
      }
    }
    const closed = (o: OfferRow) => (o.closes_at.getTime() <= now ? 1 : 0);
    const upcoming = (o: OfferRow) => (o.opens_at.getTime() > now ? 1 : 0);
    found.sort(
      (a, b) =>
        closed(a) - closed(b) ||
        upcoming(a) - upcoming(b) ||
        a.opens_at.getTime() - b.opens_at.getTime() ||
        a.id - b.id,
    );
    return found.slice(0, LIST_LIMIT);
  }

  /** One offer if it is visible from the member's union: the same rule as the list. */
  async visibleOne(unionPath: string, id: number): Promise<CatalogRow | undefined> {
    const now = Date.now();
    const { at, byPath } = await this.current(now);
    for (const path of ancestorPaths(unionPath)) {
      const row = byPath.get(path)?.find((o) => o.id === id);
      if (row && row.closes_at.getTime() > now - RECENT_MS) return this.withStock(row, at);
    }
    return undefined;
  }
}

/** '/1/3/30/' → '/1/', '/1/3/', '/1/3/30/': a union and every ancestor, each a key of the index. */
export function ancestorPaths(unionPath: string): string[] {
  const parts = unionPath.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}/`);
}

const catalogs = new WeakMap<Services, OfferCatalog>();

export function catalogFor(services: Services): OfferCatalog {
  let catalog = catalogs.get(services);
  if (!catalog) {
    const engine = engineFor(services);
    catalog = new OfferCatalog(services.db, (id) => engine.stock(id));
    catalogs.set(services, catalog);
    registerProcessCache(services, catalog);
  }
  return catalog;
}
