import { LIST_FORMATS } from './export.js';
import type { ParamSpec } from './params.js';
import { PAGE, type Route } from './route.js';

/** Parameters every list route takes, declared once for validation and documentation. */
export const LIST_PARAMS: readonly ParamSpec[] = [
  { name: 'limit', in: 'query', type: 'integer', min: 1, max: PAGE.maxExport, default: PAGE.default, description: `page size; at most ${PAGE.max} for JSON, ${PAGE.maxExport} for csv and jsonl` },
  { name: 'offset', in: 'query', type: 'integer', min: 0, max: 1_000_000, default: 0, description: 'items to skip' },
  { name: 'format', in: 'query', type: 'enum', values: LIST_FORMATS, default: 'json', description: 'json: a page {items, limit, offset, next}; csv or jsonl: the items as a file' },
];

function schemaOf(spec: ParamSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'string':
      return { type: 'string', maxLength: spec.maxLength ?? 500 };
    case 'integer':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, ...(spec.default !== undefined ? { default: spec.default } : {}) };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'enum':
      return { type: 'string', enum: [...spec.values], ...(spec.default !== undefined ? { default: spec.default } : {}) };
  }
}

const ERROR = { $ref: '#/components/responses/Error' };

/** The OpenAPI 3.1 document of the route table: the same objects the app validates with. */
export function openApiDocument(routes: readonly Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const params = route.list ? [...route.params, ...LIST_PARAMS] : route.params;
    paths[route.path] ??= {};
    paths[route.path]![route.method] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${route.path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      parameters: params.map((p) => ({ name: p.name, in: p.in, required: p.in === 'path' || p.required === true, description: p.description, schema: schemaOf(p) })),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      ...(route.write ? { security: [{ token: [] }] } : {}),
      responses: {
        200: route.list
          ? { description: 'a page of items, or the items as CSV or JSON lines', content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } }, 'text/csv': {}, 'application/x-ndjson': {} } }
          : { description: 'the result', content: { 'application/json': {} } },
        400: ERROR,
        ...(route.write ? { 401: ERROR, 403: ERROR } : {}),
        ...(route.path.includes('{') ? { 404: ERROR } : {}),
        ...(route.method === 'post' ? { 413: ERROR } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'newsgraph', version, description: 'Who is mentioned, who said what, where and when, with the evidence: every span is [start, end) in UTF-16 code units of the article text.' },
    paths,
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'the token given to `newsgraph serve --token` or NEWSGRAPH_TOKEN' } },
      schemas: {
        Page: { type: 'object', properties: { items: { type: 'array' }, limit: { type: 'integer' }, offset: { type: 'integer' }, next: { type: ['integer', 'null'] } }, required: ['items', 'limit', 'offset', 'next'] },
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } }, required: ['error'] },
      },
      responses: { Error: { description: 'an error with a stable code', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    },
  };
}
