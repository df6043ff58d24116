import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { type ErrorCode, errorEntry } from './error-codes.js';

/** A parameter given in both languages (a category's name): each message takes its own. */
export interface Bilingual {
  zh: string;
  en: string;
}
const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Bilingual).zh === 'string' &&
  typeof (v as Bilingual).en === 'string';

/** What an error message is filled with. */
export type ErrorParams = Record<string, string | number | Bilingual>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: {
      field?: string;
      step?: string;
      retryAfter?: number;
      union?: string;
      [detail: string]: string | number | Bilingual | undefined;
    } = {},
  ) {
    super(code);
  }
  get status(): number {
    return errorEntry(this.code).status;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const invalid = (field: string) => new AppError('VALIDATION_FAILED', { field });

export type Lang = 'zh-CN' | 'en';

function fill(template: string, params: Record<string, unknown>, lang: keyof Bilingual): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = params[k];
    return String(isBilingual(value) ? value[lang] : (value ?? ''));
  });
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    messages: { 'zh-CN': string; en: string };
    field?: string;
    requestId: string;
  };
}

/** An error's message without its details, in both languages: how a count of refusals is labelled. */
export function errorReason(code: ErrorCode): Bilingual {
  const entry = errorEntry(code);
  // The clauses that carry no detail; when every clause does, the first without its detail.
  const general = (text: string) => {
    const clauses = text.split(/(?<=[，；;,])\s*/);
    const plain = clauses.filter((c) => !c.includes('{'));
    return (plain.length > 0 ? plain.join('') : (clauses[0] ?? ''))
      .replace(/[：:]?\s*[(（]?\{\w+\}[)）]?/g, '')
      .replace(/[，；;,]\s*$/, '')
      .trim();
  };
  return { zh: general(entry.zh), en: general(entry.en) };
}

export function errorBody(code: ErrorCode, params: Record<string, unknown>, lang: Lang, requestId: string): ErrorBody {
  const entry = errorEntry(code);
  const zh = fill(entry.zh, params, 'zh');
  const en = fill(entry.en, params, 'en');
  return {
    error: {
      code,
      message: lang === 'en' ? en : zh,
      messages: { 'zh-CN': zh, en },
      ...(typeof params.field === 'string' ? { field: params.field } : {}),
      requestId,
    },
  };
}

export function requestLang(request: FastifyRequest): Lang {
  const cookie = request.cookies?.zg_lang;
  if (cookie === 'en' || cookie === 'zh-CN') return cookie;
  const header = request.headers['accept-language'] ?? '';
  return /^en\b/i.test(header) ? 'en' : 'zh-CN';
}

/** Maps every thrown thing to a stable code; never leaks stacks or SQL to the client (AS-80). */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
  { behindProxy = false }: { behindProxy?: boolean } = {},
) {
  const lang = requestLang(request);
  let code: ErrorCode = 'INTERNAL';
  let params: Record<string, unknown> = {};
  if (error instanceof AppError) {
    code = error.code;
    params = error.params;
    if (error.params.retryAfter) reply.header('retry-after', String(error.params.retryAfter));
  } else if (error instanceof ZodError || (error as FastifyError).validation) {
    code = 'VALIDATION_FAILED';
    params = { field: validationField(error) };
  } else if (databaseRefusal(error)) {
    // A value the schema let through but the database refuses is the caller's bad input, not our fault:
    // 400 (or 409 for a duplicate), and the transaction has already rolled back, so nothing changed.
    const refusal = databaseRefusal(error) as { code: ErrorCode; field?: string };
    code = refusal.code;
    params = refusal.field ? { field: refusal.field } : {};
    request.log.warn({ sqlState: (error as { code?: string }).code }, 'input refused by the database');
  } else if ((error as FastifyError).code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    code = 'PAYLOAD_TOO_LARGE';
    // Fastify closes the connection with the rest of the body unread, and the close resets it. nginx, still sending
    // that body, then answers 502 instead of this error (docs/deploy.md). Behind the configured proxy, which has
    // already bounded the body (client_max_body_size), the rest is read and dropped and the connection stays open.
    if (behindProxy) reply.removeHeader('connection');
  } else {
    const status = (error as FastifyError).statusCode ?? 500;
    if (status < 500) code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  }
  if (code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
  reply.status(errorEntry(code).status).send(errorBody(code, params, lang, request.id));
}

function validationField(error: unknown): string {
  const issues =
    error instanceof ZodError
      ? error.issues
      : ((error as { validation?: Array<{ instancePath?: string; params?: { issue?: { path?: unknown[] } } }> })
          .validation ?? []);
  const first = issues[0] as
    | { path?: unknown[]; instancePath?: string; params?: { issue?: { path?: unknown[] } } }
    | undefined;
  const path = first?.path ?? first?.params?.issue?.path;
  if (Array.isArray(path) && path.length) return path.join('.');
  if (first?.instancePath) return first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const context = (error as { validationContext?: string }).validationContext;
  return context ?? 'body';
}

/**
 * PostgreSQL refusals caused by the request's values (same SQLSTATEs on PGlite and PostgreSQL): data
 * exceptions (class 22: bad encoding, out of range, too long), NOT NULL, foreign key and CHECK violations,
 * and duplicates. Anything else (connection, deadlock, syntax) stays a 500.
 */
function databaseRefusal(error: unknown): { code: ErrorCode; field?: string } | null {
  const { code, column } = error as { code?: unknown; column?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const field = typeof column === 'string' ? column : undefined;
  if (code.startsWith('22') || code === '23502' || code === '23503' || code === '23514') {
    return { code: code === '22021' || code === '22P05' ? 'TEXT_UNSTORABLE' : 'VALIDATION_FAILED', field };
  }
  if (code === '23505' || code === '23P01') return { code: 'DATA_CONFLICT' };
  return null;
}
