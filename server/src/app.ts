// Builds the app: platform plugins first, then every module. Used by main.ts, tests and scripts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import * as registry from './modules/registry.js';
import { devInboxRoutes } from './modules/system/system.routes.js';
import type { Services } from './platform/context.js';
import { AppError, errorBody, handleError, requestLang } from './platform/errors.js';
import {
  registerInputGuard,
  registerRequestContext,
  registerSessionCacheGuard,
  sessionCookieName,
} from './platform/http.js';
import { maskUrl } from './platform/identifiers.js';
import { registerLifecycle } from './platform/lifecycle.js';
import { registerLoadShedding } from './platform/load-shed.js';
import { registerMetrics } from './platform/metrics.js';
import { installModules, type ModuleDefinition } from './platform/module.js';
import { defineNoticeQueue } from './platform/notify.js';
import { finishDocument } from './platform/openapi-finish.js';
import { responseHeadersHook } from './platform/security-headers.js';

/** The registered modules (modules/registry.ts), in a stable order. */
// Sorted by name: a module namespace's key order is not the same under every loader (Node, vitest).
export const modules: readonly ModuleDefinition[] = Object.values(registry).sort((a, b) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
);

/**
 * The server's log: secrets redacted, and request URLs with any whole phone or ID number masked (a
 * refused search still leaves its request line in the log). `stream` lets a test read what is written.
 */
/**
 * One line per request, when it completes (no "incoming request" line). A successful read (a member's home, the
 * offers list, a poll) is logged at debug: at info, two lines a request cost a cheap read more than its handler did
 * (issue 20). Writes and refusals stay at info and failures at error, so every change and every error is on
 * record with its request id.
 */
class RequestLog extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(_error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const read = (request.method === 'GET' || request.method === 'HEAD') && reply.statusCode < 400;
    const level = reply.statusCode >= 500 ? 'error' : read ? 'debug' : 'info';
    request.log[level]({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

export function loggerOptions(level: string, stream?: { write(line: string): void }) {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
    ],
    serializers: {
      req: (req: {
        method: string;
        url: string;
        hostname?: string;
        ip?: string;
        socket?: { remotePort?: number };
      }) => ({
        method: req.method,
        url: maskUrl(req.url),
        hostname: req.hostname,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
}

/**
 * The document's components, sorted by name and only those a path reaches: the zod transform emits an input
 * variant of every named schema, most of them unused, and in registration order (which differs between a test
 * process and a script).
 */
function referencedComponents<T>(doc: T): T {
  const d = doc as { paths?: unknown; components?: { schemas?: Record<string, unknown> } };
  const all = d.components?.schemas;
  if (!all) return doc;
  const refs = (value: unknown) =>
    [...JSON.stringify(value).matchAll(/#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
  const keep = new Set<string>();
  const queue = refs(d.paths);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (keep.has(name) || !(name in all)) continue;
    keep.add(name);
    queue.push(...refs(all[name]));
  }
  const schemas = Object.fromEntries([...keep].sort().map((name) => [name, all[name]]));
  return { ...d, components: { ...d.components, schemas } } as T;
}

export interface BuildOptions {
  services: Services;
  logger?: boolean | object;
  /** Serve the built web app from config.webDist (off for API tests). */
  serveWeb?: boolean;
}

export async function buildApp({ services, logger, serveWeb = true }: BuildOptions): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    genReqId: () => crypto.randomUUID(),
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy.length ? config.trustProxy : false,
    routerOptions: { maxParamLength: 200 },
    // A stopping process answers with our own 503 and Retry-After (platform/lifecycle.ts).
    return503OnClosing: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const behindProxy = config.trustProxy.length > 0;
  app.setErrorHandler((error: Error, request, reply) => handleError(error, request, reply, { behindProxy }));

  await app.register(cookie);
  // JSON above 1 KB goes out compressed (brotli at its fast level 4, else gzip): a member list is a tenth of its
  // size on a phone's slow link, while the small replies of the rush path skip the work. Static files are
  // compressed once at build time instead (below).
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  app.addHook('onRequest', responseHeadersHook(config));
  registerLifecycle(app, services.lifecycle);
  await registerLoadShedding(app, config);
  registerMetrics(app, services);
  registerRequestContext(app, services);
  registerSessionCacheGuard(app, services);
  registerInputGuard(app);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'ZhiGong 智工 API',
        version: '0.1.0',
        description:
          'Errors answer `{ error: { code, message, messages: { zh-CN, en }, field?, requestId } }`. State-changing requests need the `x-csrf-token` header from GET /api/auth/session, or `x-zg-client` before sign-in.',
      },
    },
    transform: jsonSchemaTransform,
    // Response schemas that modules name (ModuleDefinition.schemas) become components the client names too.
    transformObject: (input) =>
      finishDocument(referencedComponents(jsonSchemaTransformObject(input)), {
        sessionCookie: sessionCookieName(config),
      }),
  });
  if (!config.production) {
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  installModules(modules);
  defineNoticeQueue(services);
  for (const module of modules) if (module.routes) await app.register(module.routes);
  if (config.demo && !config.production) await app.register(devInboxRoutes);

  const webDist = config.webDist;
  const hasWeb = serveWeb && fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    // Routes are made for the files built before start (`npm start` builds first); the rest fall to the page below.
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      // The build writes .br and .gz copies (web/vite.config.ts); the smallest one the browser accepts is sent.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => {
        reply.header('cache-control', webCacheControl(path.relative(webDist, file)));
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && request.method === 'GET' && hasWeb) {
      // Client-side routes of the three faces all load the same page.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    reply.status(404).send(errorBody('NOT_FOUND', {}, requestLang(request), request.id));
  });
  return app;
}

/**
 * Files under `assets/` carry a content hash in their name, so a changed file is a new URL: they are cached for a
 * year and never revalidated. Everything else (the page, the icon) is revalidated on every visit, so a release
 * reaches everyone at their next load.
 */
export function webCacheControl(relativePath: string): string {
  return relativePath.split(path.sep)[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export { AppError };
