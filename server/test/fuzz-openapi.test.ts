// Bad input never answers 5xx (issue 21 §5). Walks the OpenAPI document and sends every operation
// generated bad values: NUL bytes, lone surrogates, nulls, 1 MB strings, wrong types, odd numbers, and
// odd headers (unparsable Origin, wrong content type, broken JSON). Runs against the demo data, signed
// in as the province's union admin (or as a member where the admin is refused), so ids such as 1 exist
// and requests reach the services, not only the validators. Fails on any 5xx, listing each one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/seed/demo.js';
import { Agent, createTestApp, dbKinds, type TestApp } from './harness.js';

type Schema = {
  type?: string;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** A value the schema accepts, as plain as possible, so one mutated field is the only thing wrong. */
function plausible(schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (options?.length) return plausible(options.find((o) => o.type !== 'null') ?? options[0], depth + 1);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'array':
      return schema.minItems ? Array.from({ length: schema.minItems }, () => plausible(schema.items, depth + 1)) : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = plausible(schema.properties?.[key], depth + 1);
      return out;
    }
    default:
      if (schema.format === 'date-time') return '2026-12-01T09:00:00+08:00';
      if (schema.format === 'date') return '2026-12-01';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
}

const MB = 'x'.repeat(1024 * 1024);
/** The bad values every field gets; text goes into strings, the rest replaces the value whole. */
const badValues: unknown[] = [
  null,
  'a\u0000b',
  '龙游影城\ud800X',
  '\udc00',
  12345,
  -1,
  1e308,
  true,
  {},
  [],
  ['\u0000'],
  '１２３',
  '',
  '   ',
  '9'.repeat(40),
];
const badPathValues = [
  'a%00b',
  '%ED%A0%80',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
  'abc',
  '%00',
  '1e3',
  '%EF%BC%91',
];

function fill(path: string, params: Record<string, string>) {
  return path.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '1');
}

/** Percent-encodes like a careless client: a lone surrogate goes out as its WTF-8 bytes. */
function encode(text: string) {
  return Array.from(text, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16)}`).join('');
    }
  }).join('');
}

function queryString(values: Record<string, unknown>) {
  return Object.entries(values)
    .map(([k, v]) => `${encode(k)}=${encode(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&');
}

interface Probe {
  label: string;
  method: string;
  url: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

function probesFor(method: string, path: string, op: Operation): Probe[] {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const baseQuery: Record<string, unknown> = {};
  for (const q of queryParams) if (q.required) baseQuery[q.name] = plausible(q.schema);
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  const baseBody = bodySchema ? plausible(bodySchema) : undefined;
  const url = (pathValues: Record<string, string>, query: Record<string, unknown>) => {
    const qs = queryString(query);
    return `${fill(path, pathValues)}${qs ? `?${qs}` : ''}`;
  };
  const probes: Probe[] = [{ label: 'plausible', method, url: url({}, baseQuery), body: baseBody }];
  for (const p of pathParams)
    for (const v of badPathValues)
      probes.push({ label: `path ${p.name}=${v}`, method, url: url({ [p.name]: v }, baseQuery), body: baseBody });
  for (const q of queryParams)
    for (const v of badValues)
      probes.push({ label: `query ${q.name}`, method, url: url({}, { ...baseQuery, [q.name]: v }), body: baseBody });
  if (queryParams.length)
    probes.push({ label: 'query 1 MB', method, url: url({}, { [queryParams[0]?.name ?? 'q']: MB.slice(0, 8000) }) });
  if (bodySchema) {
    const fields = Object.keys(bodySchema.properties ?? {});
    for (const f of fields)
      for (const v of badValues)
        probes.push({ label: `body ${f}`, method, url: url({}, baseQuery), body: { ...(baseBody as object), [f]: v } });
    if (fields[0]) probes.push({ label: 'body 1 MB', method, url: url({}, baseQuery), body: { [fields[0]]: MB } });
    for (const whole of [null, [], 'text', 42, { '\u0000': 1 }])
      probes.push({ label: `body ${JSON.stringify(whole)}`, method, url: url({}, baseQuery), body: whole });
    probes.push({ label: 'broken JSON', method, url: url({}, baseQuery), rawBody: '{"a":' });
  }
  if (method !== 'GET') {
    for (const origin of ['null', 'garbage', 'http://', 'http://[::1', '\u00ff'])
      probes.push({ label: `origin ${origin}`, method, url: url({}, baseQuery), body: baseBody, headers: { origin } });
    probes.push({
      label: 'text/plain body',
      method,
      url: url({}, baseQuery),
      rawBody: 'x',
      headers: { 'content-type': 'text/plain' },
    });
  }
  probes.push({
    label: 'odd language',
    method,
    url: url({}, baseQuery),
    body: baseBody,
    headers: { 'accept-language': '\u00ff;q=x' },
  });
  return probes;
}

describe.each(dbKinds)('the API under generated bad input on %s', (kind) => {
  let t: TestApp;
  let admin: Agent;
  let member: Agent;
  const signIn = async () => {
    admin = new Agent(t);
    await admin.post('/api/auth/admin/login', { username: 'zhejiang', password: 'Zg@Demo-2026' });
    member = new Agent(t);
    await member.post('/api/auth/sms/request', { phone: '13800000001' });
    await member.post('/api/auth/member/login', { phone: '13800000001', code: t.sms.lastCode('13800000001') });
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: true });
    await seedDemo(t.services);
    await signIn();
  });
  afterAll(() => t.close());

  it('answers every operation of the OpenAPI document without a 5xx', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const failures: string[] = [];
    let sent = 0;
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [lower, op] of Object.entries(ops)) {
        const method = lower.toUpperCase();
        // Signing out would end the run's sessions; it takes no input to fuzz.
        if (/logout/.test(path)) continue;
        operations += 1;
        if ((await admin.get('/api/auth/session')).json().kind !== 'admin') await signIn();
        const probes = probesFor(method, path, op);
        // The admin where it may; otherwise the member, so member routes get past sign-in.
        const first = await admin.request(method as 'GET', probes[0]?.url ?? path, probes[0]?.body);
        const agent = first.statusCode === 401 || first.statusCode === 403 ? member : admin;
        for (const probe of probes) {
          const res = probe.rawBody
            ? await t.app.inject({
                method: method as 'POST',
                url: probe.url,
                remoteAddress: agent.ip,
                headers: {
                  'content-type': 'application/json',
                  ...(agent.cookie ? { cookie: agent.cookie } : {}),
                  ...(agent.csrf ? { 'x-csrf-token': agent.csrf } : { 'x-zg-client': 'fuzz' }),
                  ...probe.headers,
                },
                payload: probe.rawBody,
              })
            : await agent.request(method as 'GET', probe.url, probe.body, probe.headers);
          sent += 1;
          if (res.statusCode >= 500)
            failures.push(`${res.statusCode} ${method} ${path} [${probe.label}] ${res.body.slice(0, 200)}`);
        }
      }
    }
    console.log(`fuzz: ${operations} operations, ${sent} requests, ${failures.length} answered 5xx`);
    expect(operations).toBeGreaterThan(150);
    expect(failures).toEqual([]);
  }, 600_000);
});
