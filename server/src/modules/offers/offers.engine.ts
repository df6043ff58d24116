import type { Services } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import type { ErrorCode } from '../../platform/error-codes.js';
import type { ErrorParams } from '../../platform/errors.js';
import { gauge, histogram } from '../../platform/metrics.js';
import { sql } from '../../platform/sql.js';
import { commitBatch } from './offers.commit.js';
import { findOffer } from './offers.lookup.js';
import { type ClaimIdentity, type EngineOffer, eligibilityError, engineOffer } from './offers.tables.js';

export interface ClaimRequest {
  offerId: number;
  who: ClaimIdentity;
  idemKey: string;
  quantity: number;
  surveyAnswer: string | null;
}

export interface ClaimResult {
  id: number;
  offerId: number;
  status: 'confirmed' | 'applied';
  quantity: number;
  createdAt: string;
  voucherCodes: string[];
}

export type Outcome =
  | { ok: true; claim: ClaimResult; replay: boolean }
  | { ok: false; code: ErrorCode; params?: ErrorParams };

interface Candidate {
  req: ClaimRequest;
  resolve: (o: Outcome) => void;
}

/** A refusal from memory waiting for the database to say whether its key was already committed. */
interface KeyCheck {
  memberId: number;
  key: string;
  resolve: (committed: ClaimResult | null) => void;
}

interface OfferView {
  offer: EngineOffer;
  loadedAt: number;
  /** When `offer.taken` was last read from the database or moved by a commit here. */
  stockAt: number;
  /** Highest claim id seen, for incremental refresh. */
  lastClaimId: number;
  /** Claims that hold stock or an application, by member: answers retries and the per-member limit. */
  byMember: Map<number, ClaimResult[]>;
  queue: Candidate[];
  queuedUnits: number;
  flushing: boolean;
  refreshing: Promise<void> | null;
  /** In-flight requests by member, so a double-click joins the first request. */
  inFlight: Map<number, { key: string; promise: Promise<Outcome> }>;
  /** Refusals whose keys are being looked up, one query at a time per offer. */
  keyChecks: KeyCheck[];
  checking: boolean;
  stats: { accepted: number; rejected: Record<string, number>; commits: number; perSecond: number[] };
}

// What an operator watches in a rush (docs/deploy.md, "Metrics"): how many claims each commit carries, how long a
// commit takes, and how many claims wait for one.
const batchSize = histogram(
  'zg_claim_batch_size',
  'Claims committed per transaction (group commit)',
  [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000],
);
const commitSeconds = histogram(
  'zg_claim_commit_seconds',
  "A claim batch's transaction, from begin to commit",
  [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
);
const queued = gauge('zg_claim_queue_length', 'Claims accepted and waiting for a commit, in this process');

const REFRESH_MS = 1000;
/** Keys looked up per query when refusals are checked against committed claims. */
const KEY_CHECK_BATCH = 5000;
/** Refusals that cannot hide a committed claim: nothing is ever committed before an offer opens. */
const NOTHING_COMMITTED_YET = new Set<ErrorCode>(['OFFER_NOT_PUBLISHED', 'OFFER_NOT_OPEN']);
const units = (claims: ClaimResult[] | undefined) => (claims ?? []).reduce((n, c) => n + c.quantity, 0);

export class ClaimEngine {
  private views = new Map<number, OfferView>();
  private loading = new Map<number, Promise<OfferView>>();

  constructor(
    private db: Db,
    private opts: { maxBatch: number; now?: () => number },
  ) {}

  private now() {
    return this.opts.now?.() ?? Date.now();
  }

  /** Forget an offer's view after an admin change or a cancellation in this process. */
  invalidate(offerId: number) {
    this.views.delete(offerId);
  }

  stats(offerId: number) {
    const v = this.views.get(offerId);
    return v ? { ...v.stats, queued: v.queue.length, remaining: v.offer.capacity - v.offer.taken } : null;
  }

  /** Places taken as this process's view knows them, and as of when: the member's offers list shows them. */
  stock(offerId: number): { taken: number; at: number } | null {
    const v = this.views.get(offerId);
    return v ? { taken: v.offer.taken, at: v.stockAt } : null;
  }

  async claim(req: ClaimRequest): Promise<Outcome> {
    const view = await this.view(req.offerId);
    if (!view) return { ok: false, code: 'NOT_FOUND' };
    this.maybeRefresh(view);
    const memberId = req.who.memberId;
    const mine = view.byMember.get(memberId);
    const replay = mine?.find((c) => (c as ClaimResult & { key?: string }).key === req.idemKey);
    if (replay) return { ok: true, claim: stripKey(replay), replay: true };
    const inFlight = view.inFlight.get(memberId);
    if (inFlight) {
      if (inFlight.key === req.idemKey) return inFlight.promise;
      return this.reject(view, 'CLAIM_IN_FLIGHT');
    }
    const early = this.fastNo(view, req, units(mine));
    if (early) {
      // The view may not know this key yet: a retry that reaches another process, or this one before its
      // view caught up with a commit, must get the original claim back, not a refusal. The database is
      // asked before saying no, for all such refusals of a moment in one query, as claims are committed.
      if (!NOTHING_COMMITTED_YET.has(early.code)) {
        const committed = await this.committedClaim(view, memberId, req.idemKey);
        if (committed) return { ok: true, claim: stripKey(committed), replay: true };
      }
      return this.reject(view, early.code, early.params);
    }
    const promise = new Promise<Outcome>((resolve) => {
      view.queue.push({ req, resolve });
      queued.inc();
      view.queuedUnits += req.quantity;
    });
    view.inFlight.set(memberId, { key: req.idemKey, promise });
    this.schedule(view);
    const outcome = await promise;
    view.inFlight.delete(memberId);
    return outcome;
  }

  /** The reasons a request can be refused without the database. */
  private fastNo(view: OfferView, req: ClaimRequest, held: number): { code: ErrorCode; params?: ErrorParams } | null {
    const o = view.offer;
    const now = this.now();
    if (o.status !== 'published') return { code: 'OFFER_NOT_PUBLISHED' };
    if (now < o.opensAt) return { code: 'OFFER_NOT_OPEN', params: { opensAt: new Date(o.opensAt).toISOString() } };
    if (now >= o.closesAt) return { code: 'OFFER_CLOSED' };
    const ineligible = eligibilityError(o, req.who, now);
    if (ineligible) return ineligible;
    if (req.quantity > o.perMemberLimit || held + req.quantity > o.perMemberLimit) {
      return { code: 'CLAIM_LIMIT_REACHED', params: { limit: o.perMemberLimit } };
    }
    if (o.mode === 'first_come' && o.capacity - o.taken - view.queuedUnits < req.quantity) {
      return { code: 'OFFER_SOLD_OUT' };
    }
    return null;
  }

  /** The claim committed under this member's key for this offer, if any; looked up in batches. */
  private committedClaim(view: OfferView, memberId: number, key: string): Promise<ClaimResult | null> {
    return new Promise((resolve) => {
      view.keyChecks.push({ memberId, key, resolve });
      if (view.checking) return;
      view.checking = true;
      setImmediate(() => void this.runKeyChecks(view));
    });
  }

  private async runKeyChecks(view: OfferView) {
    while (view.keyChecks.length > 0) {
      const batch = view.keyChecks.splice(0, KEY_CHECK_BATCH);
      let found = new Map<string, ClaimResult>();
      try {
        // One probe of the unique (member_id, idem_key) index per key (lateral), never a scan of the offer's
        // claims: the cost follows the refusals, which outnumber the claims a hundred to one in a rush.
        const rows = await this.db.query<ClaimRowWithCodes>(sql`
          select c.id, c.member_id, c.idem_key, c.quantity, c.status, c.created_at,
            (select array_agg(v.code order by v.id) from vouchers v where v.claim_id = c.id) as codes
          from unnest(${batch.map((b) => b.memberId)}::bigint[], ${batch.map((b) => b.key)}::text[]) as u(m, k)
          cross join lateral (
            select * from claims c where c.member_id = u.m and c.idem_key = u.k
              and c.offer_id = ${view.offer.id} and c.status in ('confirmed', 'applied')
          ) c`);
        found = new Map(rows.map((r) => [`${r.member_id}:${r.idem_key}`, this.remember(view, r)]));
      } catch {
        // The lookup failed: the refusal stands (nothing was acknowledged, so nothing is lost).
      }
      for (const check of batch) check.resolve(found.get(`${check.memberId}:${check.key}`) ?? null);
    }
    view.checking = false;
  }

  /** Adds a committed claim read from the database to the view (once), and returns it with its key. */
  private remember(view: OfferView, r: ClaimRowWithCodes): ClaimResult {
    const list = view.byMember.get(r.member_id) ?? [];
    let known = list.find((x) => x.id === r.id);
    if (!known) {
      known = {
        id: r.id,
        offerId: view.offer.id,
        status: r.status,
        quantity: r.quantity,
        createdAt: r.created_at.toISOString(),
        voucherCodes: r.codes ?? [],
        key: r.idem_key,
      } as ClaimResult;
      list.push(known);
      view.byMember.set(r.member_id, list);
    }
    return known;
  }

  private reject(view: OfferView, code: ErrorCode, params?: ErrorParams): Outcome {
    view.stats.rejected[code] = (view.stats.rejected[code] ?? 0) + 1;
    return { ok: false, code, ...(params ? { params } : {}) };
  }

  private schedule(view: OfferView) {
    if (view.flushing) return;
    view.flushing = true;
    // Let the requests that arrived in this turn of the event loop join the batch.
    setImmediate(() => void this.flush(view));
  }

  private async flush(view: OfferView) {
    while (view.queue.length > 0) {
      const batch = view.queue.splice(0, this.opts.maxBatch);
      const batchUnits = batch.reduce((n, c) => n + c.req.quantity, 0);
      batchSize.observe(batch.length);
      const endCommit = commitSeconds.startTimer();
      let outcomes: Outcome[];
      try {
        outcomes = await this.db.transaction((tx) =>
          commitBatch(tx, { offerId: view.offer.id, reqs: batch.map((c) => c.req) }),
        );
      } catch {
        // A batch fails as a whole only on the unexpected; commit one by one so one bad claim cannot
        // take the others down, and nothing unacknowledged is reported as done.
        outcomes = [];
        for (const c of batch) {
          outcomes.push(
            await this.db
              .transaction((tx) => commitBatch(tx, { offerId: view.offer.id, reqs: [c.req] }))
              .then((o) => o[0] as Outcome)
              .catch((e: unknown) => ({ ok: false as const, code: errorCodeOf(e) })),
          );
        }
      }
      endCommit();
      queued.dec(batch.length);
      view.queuedUnits -= batchUnits;
      view.stats.commits += 1;
      const second = Math.floor(this.now() / 1000);
      batch.forEach((c, i) => {
        const outcome = outcomes[i] as Outcome;
        if (outcome.ok) {
          if (!outcome.replay) {
            view.offer.taken += view.offer.mode === 'first_come' ? outcome.claim.quantity : 0;
            view.stockAt = this.now();
            view.stats.accepted += 1;
            view.stats.perSecond.push(second);
          }
          const list = view.byMember.get(c.req.who.memberId) ?? [];
          if (!list.some((x) => x.id === outcome.claim.id))
            list.push({ ...outcome.claim, key: c.req.idemKey } as ClaimResult);
          view.byMember.set(c.req.who.memberId, list);
          view.lastClaimId = Math.max(view.lastClaimId, outcome.claim.id);
        } else {
          view.stats.rejected[outcome.code] = (view.stats.rejected[outcome.code] ?? 0) + 1;
          if (outcome.code === 'OFFER_SOLD_OUT') {
            view.offer.taken = view.offer.capacity;
            view.stockAt = this.now();
          }
        }
        c.resolve(outcome);
      });
      if (view.stats.perSecond.length > 50_000) view.stats.perSecond.splice(0, 25_000);
    }
    view.flushing = false;
  }

  private maybeRefresh(view: OfferView) {
    if (view.refreshing || this.now() - view.loadedAt < REFRESH_MS) return;
    view.refreshing = this.refresh(view).finally(() => {
      view.refreshing = null;
    });
  }

  /** Picks up other processes' claims and admin changes; a version change reloads everything. */
  private async refresh(view: OfferView) {
    const row = await findOffer(this.db, view.offer.id);
    if (!row) return;
    if (row.version !== view.offer.version) {
      this.views.delete(view.offer.id);
      return;
    }
    await this.loadClaims(view, view.lastClaimId);
    if (!view.flushing) {
      view.offer.taken = row.taken;
      view.stockAt = this.now();
    }
    view.loadedAt = this.now();
  }

  private async view(offerId: number): Promise<OfferView | null> {
    const existing = this.views.get(offerId);
    if (existing) return existing;
    let loading = this.loading.get(offerId);
    if (!loading) {
      loading = this.load(offerId);
      this.loading.set(offerId, loading);
      loading.finally(() => this.loading.delete(offerId)).catch(() => undefined);
    }
    return loading.catch(() => null);
  }

  private async load(offerId: number): Promise<OfferView> {
    const row = await findOffer(this.db, offerId);
    if (!row) throw new Error('no such offer');
    const view: OfferView = {
      offer: engineOffer(row),
      loadedAt: this.now(),
      stockAt: this.now(),
      lastClaimId: 0,
      byMember: new Map(),
      queue: [],
      queuedUnits: 0,
      flushing: false,
      refreshing: null,
      inFlight: new Map(),
      keyChecks: [],
      checking: false,
      stats: { accepted: 0, rejected: {}, commits: 0, perSecond: [] },
    };
    await this.loadClaims(view, 0);
    this.views.set(offerId, view);
    return view;
  }

  private async loadClaims(view: OfferView, afterId: number) {
    const rows = await this.db.query<ClaimRowWithCodes>(sql`
      select c.id, c.member_id, c.idem_key, c.quantity, c.status, c.created_at,
        (select array_agg(v.code order by v.id) from vouchers v where v.claim_id = c.id) as codes
      from claims c where c.offer_id = ${view.offer.id} and c.id > ${afterId} and c.status in ('confirmed', 'applied')
      order by c.id`);
    for (const r of rows) {
      this.remember(view, r);
      view.lastClaimId = Math.max(view.lastClaimId, r.id);
    }
  }
}

interface ClaimRowWithCodes {
  id: number;
  member_id: number;
  idem_key: string;
  quantity: number;
  status: 'confirmed' | 'applied';
  created_at: Date;
  codes: string[] | null;
}

const stripKey = (c: ClaimResult): ClaimResult => {
  const { key: _key, ...rest } = c as ClaimResult & { key?: string };
  return rest;
};

function errorCodeOf(e: unknown): ErrorCode {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && code === 'POINTS_INSUFFICIENT' ? 'POINTS_INSUFFICIENT' : 'INTERNAL';
}

const engines = new WeakMap<Services, ClaimEngine>();
/** One engine per server process (per services object in tests): the claim path and the admin's edits share it. */
export function engineFor(services: Services): ClaimEngine {
  let engine = engines.get(services);
  if (!engine) {
    engine = new ClaimEngine(services.db, { maxBatch: services.config.claimBatchMax });
    engines.set(services, engine);
  }
  return engine;
}
