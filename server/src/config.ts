// The only reader of process.env. Everything else receives a Config.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Config {
  production: boolean;
  /** Demo mode: seeded demo accounts keep their printed passwords; dev SMS inbox is available. */
  demo: boolean;
  /** DEMO_MODE was set on purpose (not just the non-production default). */
  demoExplicit: boolean;
  host: string;
  port: number;
  /** postgres://… when set; otherwise PGlite in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Base64 32-byte keys; generated into dataDir/keys.json in embedded non-production mode when absent. */
  piiKey: string | undefined;
  piiIndexKey: string | undefined;
  /** Former PII_KEYs (base64, comma-separated): they decrypt what key rotation has not re-encrypted yet. */
  piiPreviousKeys: string[];
  /** Ed25519 private key (PKCS#8 DER, base64) signing member e-card tokens. */
  cardSigningKey: string | undefined;
  /** Former CARD_SIGNING_KEYs (comma-separated): they verify what they signed during a rotation's overlap. */
  cardSigningKeyPrevious: string[];
  requireAdminMfa: boolean;
  cookieSecure: boolean;
  /** Comma-separated proxy addresses whose X-Forwarded-For we believe (AS-53). */
  trustProxy: string[];
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  /** Unmasked reads per officer and hour: above the first an alert is audited, at the second they stop (PI-22). */
  revealAlertPerHour: number;
  revealLimitPerHour: number;
  /** Exports of more rows than this need a second person's approval (PI-15). */
  exportApprovalRows: number;
  /** clamd's address for scanning uploads: tcp://host:port or unix:/path (required in production). */
  clamdUrl: string | undefined;
  logLevel: string;
  /** Claims committed per transaction at most (group commit); 1 = one transaction per claim. */
  claimBatchMax: number;
  /** When earned points expire: the end of the following year (default) or never. */
  pointsExpiry: 'end_of_next_year' | 'never';
  /** Bill-payment partner (points → phone/electricity bills); unset = the sandbox partner. */
  billPartnerUrl: string | undefined;
  billPartnerKey: string | undefined;
  /** Articles of unions at this level or above need a second editor's review; 'none': editors publish directly. */
  contentReviewFromLevel: 'province' | 'city' | 'county' | 'township' | 'base' | 'none';
  /** Where media live: DATA_DIR/media ('local') or an S3-compatible store ('s3', with `s3`). */
  mediaStore: 'local' | 's3';
  s3:
    | {
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
      }
    | undefined;
  /** The member app's map tiles: a Leaflet URL template, the datum its tiles are drawn in, and their credit. */
  mapTiles: { url: string; subdomains: string; datum: 'wgs84' | 'gcj02'; attribution: string };
  seedDemo: boolean;
  webDist: string;
  /** Console sign-ins allowed from one address per 15 minutes (a federation office may share one address). */
  loginLimitPerIp: number;
  /** Keep who cookies stand for in memory, forgotten on any change (platform/auth/session-cache.ts). */
  sessionCache: boolean;
  /** Amap's geocoding for typed places (platform/geocoder.ts); without a key, station names and addresses only. */
  geocoder: { key: string | undefined; city: string | undefined; url: string | undefined };
  /** On SIGTERM: how long readiness fails while requests are still served, then how long the whole stop may take. */
  shutdownDrainMs: number;
  shutdownTimeoutMs: number;
  /** Requests are shed with 503 + Retry-After while the event loop's mean delay is above this (0: never). */
  loadShedDelayMs: number;
  /** `Authorization: Bearer …` for GET /metrics; without it, only this machine may scrape. */
  metricsToken: string | undefined;
}

const reviewLevels = ['province', 'city', 'county', 'township', 'base', 'none'] as const;

function invalid(name: string, allowed: readonly string[]): never {
  throw new Error(`${name} must be one of ${allowed.join(', ')}`);
}

function bool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined || v === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number of milliseconds ≥ 0, not ${v}`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    production,
    demo: bool(env.DEMO_MODE, !production),
    demoExplicit: env.DEMO_MODE !== undefined && env.DEMO_MODE !== '',
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(repoRoot, env.DATA_DIR ?? 'data'),
    piiKey: env.PII_KEY || undefined,
    piiIndexKey: env.PII_INDEX_KEY || undefined,
    piiPreviousKeys: list(env.PII_PREVIOUS_KEYS),
    cardSigningKey: env.CARD_SIGNING_KEY || undefined,
    cardSigningKeyPrevious: list(env.CARD_SIGNING_KEY_PREVIOUS),
    requireAdminMfa: bool(env.REQUIRE_ADMIN_MFA, production),
    cookieSecure: bool(env.COOKIE_SECURE, true),
    trustProxy: list(env.TRUST_PROXY),
    smsGatewayUrl: env.SMS_GATEWAY_URL || undefined,
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || undefined,
    clamdUrl: env.CLAMD_URL || undefined,
    // Amap's public raster tiles by default (GCJ-02, as every map drawn in China); a federation can point this at
    // Tianditu (WGS-84) or its own tile server.
    mapTiles: {
      url:
        env.MAP_TILE_URL ||
        'https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}',
      subdomains: env.MAP_TILE_SUBDOMAINS ?? '1234',
      datum:
        env.MAP_TILE_DATUM === 'wgs84' || env.MAP_TILE_DATUM === 'gcj02'
          ? env.MAP_TILE_DATUM
          : env.MAP_TILE_URL
            ? 'wgs84'
            : 'gcj02',
      attribution: env.MAP_TILE_ATTRIBUTION ?? (env.MAP_TILE_URL ? '' : '© 高德地图'),
    },
    exportApprovalRows: Math.max(1, Number(env.EXPORT_APPROVAL_ROWS ?? 1000) || 1000),
    revealAlertPerHour: Math.max(1, Number(env.REVEAL_ALERT_PER_HOUR ?? 50) || 50),
    revealLimitPerHour: Math.max(1, Number(env.REVEAL_LIMIT_PER_HOUR ?? 200) || 200),
    sessionCache: bool(env.SESSION_CACHE, true),
    geocoder: {
      key: env.AMAP_WEB_KEY || undefined,
      city: env.GEOCODER_CITY || undefined,
      url: env.AMAP_GEOCODE_URL || undefined,
    },
    loginLimitPerIp: Math.max(1, Number(env.LOGIN_LIMIT_PER_IP ?? 30) || 30),
    claimBatchMax: Math.max(1, Math.min(2000, Number(env.CLAIM_BATCH_MAX ?? 1000) || 1000)),
    pointsExpiry: env.POINTS_EXPIRY === 'never' ? 'never' : 'end_of_next_year',
    billPartnerUrl: env.BILL_PARTNER_URL || undefined,
    billPartnerKey: env.BILL_PARTNER_KEY || undefined,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    contentReviewFromLevel:
      reviewLevels.find((l) => l === env.CONTENT_REVIEW_FROM_LEVEL) ??
      (env.CONTENT_REVIEW_FROM_LEVEL ? invalid('CONTENT_REVIEW_FROM_LEVEL', reviewLevels) : 'county'),
    mediaStore: env.MEDIA_STORE === 's3' ? 's3' : 'local',
    s3:
      env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: env.S3_ENDPOINT || undefined,
            region: env.S3_REGION || 'us-east-1',
            bucket: env.S3_BUCKET,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: bool(env.S3_FORCE_PATH_STYLE, true),
          }
        : undefined,
    seedDemo: bool(env.SEED_DEMO, !production),
    webDist: path.resolve(repoRoot, env.WEB_DIST ?? 'web/dist'),
    shutdownDrainMs: milliseconds(env, 'SHUTDOWN_DRAIN_MS', 0),
    shutdownTimeoutMs: milliseconds(env, 'SHUTDOWN_TIMEOUT_MS', 20_000) || 20_000,
    loadShedDelayMs: milliseconds(env, 'LOAD_SHED_DELAY_MS', 1000),
    metricsToken: env.METRICS_TOKEN || undefined,
  };
}

/**
 * What `NODE_ENV=production` refuses to start without, all named at once (docs/deploy.md keeps the same list):
 * a first start should not fail on one missing setting, then on the next. Each service also refuses on its own,
 * where it is made.
 */
export function missingForProduction(config: Config): string[] {
  if (!config.production) return [];
  const missing: Array<[string, unknown]> = [
    ['PII_KEY', config.piiKey],
    ['PII_INDEX_KEY', config.piiIndexKey],
    ['CARD_SIGNING_KEY', config.cardSigningKey],
    ['SMS_GATEWAY_URL', config.smsGatewayUrl],
    ['CLAMD_URL', config.clamdUrl],
    ['BILL_PARTNER_URL', config.billPartnerUrl],
    ['BILL_PARTNER_KEY', config.billPartnerKey],
  ];
  return missing.filter(([, value]) => !value).map(([name]) => name);
}

/** 127.0.0.0/8, ::1 and localhost: reachable from this machine only. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Refuses configurations that would expose what must stay private. Demo mode serves every sign-in code
 * in the dev SMS inbox: on an address others can reach, it must be asked for by name (DEMO_MODE=1).
 * Returns the warnings to print loudly.
 */
export function startupChecks(config: Config): string[] {
  const missing = missingForProduction(config);
  if (missing.length)
    throw new Error(`NODE_ENV=production needs these settings (see docs/deploy.md): ${missing.join(', ')}`);
  if (!config.demo || config.production) return [];
  if (!isLoopback(config.host) && !config.demoExplicit) {
    throw new Error(
      `Demo mode is on by default outside production, and it publishes every SMS sign-in code at /api/dev/sms-inbox. ` +
        `HOST=${config.host} can be reached from other machines: set NODE_ENV=production for a real deployment, ` +
        `or DEMO_MODE=1 to run a public demo on purpose (DEMO_MODE=0 to turn demo mode off).`,
    );
  }
  return [
    `WARNING: demo mode. Every SMS sign-in code is readable at /api/dev/sms-inbox and demo accounts keep their printed passwords${
      isLoopback(config.host) ? '' : ` — on ${config.host}, reachable from other machines`
    }. Never use demo mode with real members.`,
  ];
}
