// The security headers of every response (AS-14.4): the web app's pages get helmet's full set with a CSP for the
// pages' needs; the JSON API gets a short, fixed set written straight to the response.
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config.js';

/** `https://webrd0{s}.is.autonavi.com/…` → `https://*.is.autonavi.com`: the origin a CSP must allow for the tiles. */
function tileOrigin(template: string): string {
  const url = new URL(template.replace(/\{[a-z]\}/g, '0'));
  const host = template.match(/^[a-z]+:\/\/([^/]+)/)?.[1] ?? url.host;
  return `${url.protocol}//${host.includes('{s}') ? `*.${host.split('.').slice(1).join('.')}` : url.host}`;
}

function pageHeaders(config: Config) {
  // Built once: @fastify/helmet re-parsed these options on every request (a tenth of a claim's CPU).
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd and antd-mobile inject component styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // The member app's map tiles come from the configured tile server (MAP_TILE_URL): its origin, with a
        // `{s}` subdomain as a wildcard.
        imgSrc: ["'self'", 'data:', 'blob:', tileOrigin(config.mapTiles.url)],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.production ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // The legacy header says the same as frame-ancestors 'none' (helmet's default, SAMEORIGIN, contradicted it).
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * A JSON answer is never rendered as a document, so the page-only headers (the pages' CSP, the opener and agent
 * cluster policies, the legacy IE and Flash ones) are left off it: the OWASP REST cheat sheet's set instead. The
 * CSP forbids everything, so a JSON body that a browser is tricked into rendering still runs nothing. On the rush's
 * hot path this halves the header bytes and skips helmet's dozen calls (issue 20's profile: about 5 % of a cheap
 * request).
 */
function apiHeaders(config: Config): [string, string][] {
  return [
    ['content-security-policy', "default-src 'none';base-uri 'none';frame-ancestors 'none';object-src 'none'"],
    ['cross-origin-resource-policy', 'same-origin'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ...(config.production
      ? [['strict-transport-security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
  ];
}

/** The API's docs UI (development only) is a page, so it takes the pages' headers. */
const isApi = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

/** Security headers and the request id (which a member can quote to support), written before anything can fail. */
export function responseHeadersHook(config: Config) {
  const page = pageHeaders(config);
  const api = apiHeaders(config);
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    reply.raw.setHeader('x-request-id', request.id);
    if (!isApi(request.url)) {
      page(request.raw, reply.raw, (error) => done(error as Error | undefined));
      return;
    }
    const res = reply.raw;
    for (const [name, value] of api) res.setHeader(name, value);
    done();
  };
}
