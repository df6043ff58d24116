// Load shedding with @fastify/under-pressure: while the event loop's mean delay is above LOAD_SHED_DELAY_MS, new
// requests are answered 503 SERVER_BUSY with Retry-After at once, instead of queueing behind the stall until every
// client times out. Liveness, readiness and metrics still answer, so the process is not restarted for being busy.
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { errorBody, requestLang } from './errors.js';

const NEVER_SHED = new Set(['/api/health', '/api/ready', '/metrics']);
/** How often the event loop's delay is sampled: a stall is noticed within this, and a recovery too. */
const SAMPLE_MS = 250;
const RETRY_AFTER_SECONDS = 2;

export async function registerLoadShedding(app: FastifyInstance, config: Pick<Config, 'loadShedDelayMs'>) {
  if (config.loadShedDelayMs <= 0) return;
  await app.register(underPressure, {
    maxEventLoopDelay: config.loadShedDelayMs,
    sampleInterval: SAMPLE_MS,
    pressureHandler: (request, reply) => {
      if (NEVER_SHED.has(request.routeOptions.url ?? '')) return; // answered as usual
      reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send(errorBody('SERVER_BUSY', {}, requestLang(request), request.id));
    },
  });
}
