// What the generated OpenAPI document needs so other systems' tools accept it (Redocly's recommended rules, checked
// by `npm run lint:openapi`): a licence and a server; the session cookie and the CSRF headers as security schemes,
// with each operation saying which it needs; an operationId for each operation (derived from its method and path,
// so it is stable and unique); the error answer every operation may give, as one shared 4XX response; and `type`
// beside `nullable` where the zod transform left a nullable reference without one.

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** `get /api/me/jobs/{id}/apply` → `getApiMeJobsByIdApply`: the method and every path segment, camel-cased. */
export function operationIdFor(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      const parts = (param ? `by-${param[1]}` : segment).split(/[^A-Za-z0-9]+/).filter(Boolean);
      return parts;
    });
  return [method, ...words.map((w) => w[0]?.toUpperCase() + w.slice(1))].join('');
}

/** The error answer (platform/errors.ts), the same for every refusal. */
const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'messages', 'requestId'],
      properties: {
        code: { type: 'string', description: 'Stable code, e.g. VALIDATION_FAILED, NOT_FOUND, FORBIDDEN.' },
        message: { type: 'string', description: 'In the language the request asked for.' },
        messages: {
          type: 'object',
          required: ['zh-CN', 'en'],
          properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } },
        },
        field: { type: 'string', description: 'The input field at fault, when there is one.' },
        requestId: { type: 'string' },
      },
    },
  },
};

/** Adds `type` to a nullable schema that has none, taking it from the schema its reference names. */
function typeNullables(node: unknown, schemas: Record<string, Json>): void {
  if (Array.isArray(node)) {
    for (const item of node) typeNullables(item, schemas);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Json;
  if (n.nullable === true && n.type === undefined) {
    const ref = ((n.allOf ?? n.oneOf ?? n.anyOf) as Json[] | undefined)?.[0]?.$ref;
    const named = typeof ref === 'string' ? schemas[ref.replace('#/components/schemas/', '')] : undefined;
    n.type = (named?.type as string | undefined) ?? 'object';
  }
  for (const value of Object.values(n)) typeNullables(value, schemas);
}

export function finishDocument<T>(doc: T, { sessionCookie }: { sessionCookie: string }): T {
  const d = doc as Json & { paths?: Record<string, Record<string, Json>>; components?: Json; info?: Json };
  const components = (d.components ?? {}) as Json;
  const schemas = (components.schemas ?? {}) as Record<string, Json>;
  typeNullables(d.paths, schemas);
  typeNullables(schemas, schemas);
  for (const [path, item] of Object.entries(d.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      op.operationId ??= operationIdFor(method, path);
      // A read works with or without a session (public pages answer, the rest say 401); a change needs the session's
      // CSRF token, or before sign-in the client header a cross-site form cannot send.
      op.security ??=
        method === 'get' || method === 'head'
          ? [{ session: [] }, {}]
          : [{ session: [], csrfToken: [] }, { clientHeader: [] }];
      const responses = (op.responses ?? {}) as Json;
      if (!Object.keys(responses).some((s) => s.startsWith('4'))) {
        responses['4XX'] = { $ref: '#/components/responses/Refused' };
      }
      op.responses = responses;
    }
  }
  return {
    ...d,
    info: { ...d.info, license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' } },
    servers: [{ url: '/', description: 'This server' }],
    components: {
      ...components,
      schemas,
      responses: {
        Refused: {
          description:
            'Refused: bad input (400), not signed in (401), not allowed (403), not found (404), a conflict (409).',
          content: { 'application/json': { schema: errorSchema } },
        },
      },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'Set by signing in.' },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: 'x-csrf-token',
          description: 'The session’s token, from GET /api/auth/session.',
        },
        clientHeader: {
          type: 'apiKey',
          in: 'header',
          name: 'x-zg-client',
          description: 'Any value: before sign-in, proves the request is not a cross-site form.',
        },
      },
    },
  } as T;
}
