// One line per endpoint's contract. A route used to spell out `{ schema: { tags, summary, params,
// response: { 200: … } } }` over eight to twelve lines, the same in every module; `routeDoc(tag)`
// returns a `doc(summary, spec)` that builds that object, typed so that the Zod type provider still
// infers `req.params`, `req.query`, `req.body` and checks the handler's return against `ok`.
import type { z } from 'zod';
import { noStore } from './http.js';

type Schema = z.ZodType;

export interface RouteSpec {
  params?: Schema;
  query?: Schema;
  body?: Schema;
  headers?: Schema;
  /** The 200 response. */
  ok?: Schema;
  /** Every response by status, when more than the 200 is declared. */
  response?: Record<string | number, Schema>;
  /** Personal or per-session data: `Cache-Control: no-store`. */
  noStore?: boolean;
  description?: string;
}

type ResponseOf<S extends RouteSpec> =
  S['response'] extends Record<string | number, Schema>
    ? S['response']
    : S['ok'] extends Schema
      ? { 200: S['ok'] }
      : undefined;

export interface RouteDoc<S extends RouteSpec> {
  onRequest?: (typeof noStore)['onRequest'];
  schema: {
    tags: string[];
    summary: string;
    description?: string;
    params: S['params'];
    querystring: S['query'];
    body: S['body'];
    headers: S['headers'];
    response: ResponseOf<S>;
  };
}

/** `const doc = routeDoc('offers')`, then `r.get(url, doc('One offer', { params: idParam, ok: offerView }), …)`. */
export function routeDoc(tag: string) {
  const tags = [tag];
  return <const S extends RouteSpec>(summary: string, spec: S = {} as S): RouteDoc<S> => {
    const schema: Record<string, unknown> = { tags, summary };
    if (spec.description) schema.description = spec.description;
    if (spec.params) schema.params = spec.params;
    if (spec.query) schema.querystring = spec.query;
    if (spec.body) schema.body = spec.body;
    if (spec.headers) schema.headers = spec.headers;
    if (spec.response) schema.response = spec.response;
    else if (spec.ok) schema.response = { 200: spec.ok };
    return { ...(spec.noStore ? noStore : {}), schema } as unknown as RouteDoc<S>;
  };
}
